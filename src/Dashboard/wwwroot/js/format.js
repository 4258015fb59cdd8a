import { now } from './clock.js';

const pad = (n) => String(n).padStart(2, '0');

/** Local time as HH:mm:ss. */
export function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local time, with the date in front when it is not today. */
export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const today = new Date();
  const sameDay = d.toDateString() === today.toDateString();
  return sameDay ? time(iso) : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time(iso)}`;
}

/** A span of time as "45 s", "2 min 05 s", "1 h 02 min 05 s". */
export function duration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${pad(m)} min ${pad(s)} s`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}

/** A rounded span for figures and chart axes: "42 s", "15 min", "1 h 30 min". */
export function shortDuration(seconds) {
  if (seconds === null || seconds === undefined) return 'no data';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function age(iso) {
  return duration(now() - Date.parse(iso));
}

/** Time left to a deadline; { text, overdue } or null without a deadline. */
export function countdown(iso) {
  if (!iso) return null;
  const left = Date.parse(iso) - now();
  return left >= 0
    ? { text: duration(left), overdue: false }
    : { text: `overdue ${duration(-left)}`, overdue: true };
}

export function percent(share) {
  if (share === null || share === undefined) return '—';
  return `${Math.round(share * 1000) / 10} %`;
}

/** "NightExit" → "Night exit", for names without a friendlier text below. */
export function words(name) {
  if (!name) return '';
  const spaced = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const texts = {
  AssistanceCall: 'Assistance call', StoveGuard: 'Stove guard tripped', WaterLeak: 'Water leak',
  NightExit: 'Door opened at night', BedNotReturned: 'Not back in bed', Seizure: 'Seizure',
  MedicationMissed: 'Medication missed', VitalSignOutOfRange: 'Vital sign out of range',
  DeviceOffline: 'Device offline', LowBattery: 'Low battery', MainsLost: 'Mains power lost',
  Fire: 'Fire / smoke', LifeThreatening: 'Life-threatening', EnRoute: 'En route', OnSite: 'On site',
  DuplicateJoined: 'Repeat alarm joined', NobodyOnDuty: 'Nobody on duty', DeadlinePassed: 'Deadline passed',
  EscalationExhausted: 'Escalation exhausted', HelpGiven: 'Help given', FalseAlarm: 'False alarm',
  NoHelpNeeded: 'No help needed', HandedToEmergencyServices: 'Handed to emergency services',
  TechnicalFix: 'Technical fix', ClearedItself: 'Cleared itself', AtRisk: 'At risk',
  OnDutyResponder: 'On-duty responder', WholeTeam: 'Whole team', TeamLead: 'Team lead',
  EmergencyServices: 'Emergency services (113)', FieldStaff: 'Field staff',
  ReadResidentCard: 'Read resident card', ReadSensors: 'Read sensors', ReadSeries: 'Read sensor series',
  BloodPressureSystolic: 'Blood pressure (systolic)', BloodPressureDiastolic: 'Blood pressure (diastolic)',
};

/** Any enum name from the API as readable English. */
export function human(name) {
  if (name === null || name === undefined) return '—';
  return texts[name] ?? words(name);
}

export const priorityRank = { LifeThreatening: 1, Assistance: 2, Technical: 3 };

export const outcomes = ['HelpGiven', 'FalseAlarm', 'NoHelpNeeded', 'HandedToEmergencyServices', 'TechnicalFix', 'ClearedItself'];

export const metrics = ['Temperature', 'Motion', 'DoorOpen', 'BedOccupied', 'StoveOn', 'StoveTemperature',
  'StoveCurrent', 'Pulse', 'BloodPressureSystolic', 'BloodPressureDiastolic', 'Weight', 'Battery', 'Signal'];

/** "Step 2": the API counts steps from 0. */
export function step(n) {
  return `Step ${(n ?? 0) + 1}`;
}

export function actor(a) {
  if (!a) return '—';
  return a.id ? `${human(a.kind)} ${a.id}` : human(a.kind);
}
