// Browsers keep audio locked until the user has pressed something, hence enableSound() on a button.
let audio = null;
let lastAlert = 0;

export function enableSound() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return false;
  audio ??= new Context();
  audio.resume?.();
  beep();
  return true;
}

export const soundEnabled = () => audio !== null;

/** Two short tones: noticeable without being alarming in a quiet room. */
export function beep() {
  if (!audio) return;
  const start = audio.currentTime + 0.01;
  [0, 0.22].forEach((offset) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.16);
    osc.connect(gain).connect(audio.destination);
    osc.start(start + offset);
    osc.stop(start + offset + 0.18);
  });
}

/** Beep and vibrate for a new alert; several pushes for one event give one alert. */
export function alertUser() {
  const t = Date.now();
  if (t - lastAlert < 1500) return;
  lastAlert = t;
  beep();
  try {
    navigator.vibrate?.([200, 100, 200]);
  } catch {
    // Vibration is a bonus; some browsers refuse it without a recent tap.
  }
}
