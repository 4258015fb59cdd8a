using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;

namespace ResponseCentre.Dashboard.Sensors;

/// <summary>
/// Administrators set each resident's sensor rules and each device's supervision; a medication
/// dispenser (or a carer) reports a dose taken. Readings and series are health data and are read
/// through the resident card, which comes with login and the audit trail (issue 6). The rules
/// (vital-sign thresholds, medication) are health data too: reading them is audited, as is every change.
/// </summary>
public static class SensorAdminApi
{
    private const string ErrorsKey = "rules";

    public static IEndpointRouteBuilder MapSensorAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Sensors").RequireAuthorization(DashboardPolicies.Administrator);

        admin.MapGet("/residents/{id}/sensor-rules", async Task<Results<Ok<SensorRuleSet>, NotFound>> (string id, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                if (!await IsRegisteredAsync(grains, id))
                {
                    return TypedResults.NotFound();
                }

                await audit.RecordAsync(http, AuditActions.ReadSensorRules, resident: id);
                return TypedResults.Ok(await grains.GetResident(new ResidentId(id)).GetSensorRulesAsync());
            })
            .WithName("GetSensorRules")
            .WithSummary("The resident's sensor rules (the defaults until set). Audited.");

        admin.MapPut("/residents/{id}/sensor-rules", async Task<Results<NoContent, NotFound, ValidationProblem>> (
            string id, SensorRuleSet rules, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                if (!await IsRegisteredAsync(grains, id))
                {
                    return TypedResults.NotFound();
                }

                await audit.RecordAsync(http, AuditActions.SetSensorRules, resident: id);
                try
                {
                    await grains.GetResident(new ResidentId(id)).SetSensorRulesAsync(rules);
                }
                catch (PolicyValidationException e)
                {
                    await audit.RecordAsync(http, AuditActions.Denied(AuditActions.SetSensorRules), resident: id, detail: string.Join("; ", e.Errors));
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ErrorsKey] = [.. e.Errors] }, title: "The sensor rules were refused.");
                }

                return TypedResults.NoContent();
            })
            .WithName("PutSensorRules")
            .WithSummary("Sets the resident's sensor rules: stove, night exit, bed, inactivity, vital-sign thresholds, medication schedule. Refused whole, every wrong field named.");

        admin.MapPost("/residents/{id}/doses-taken", async Task<Results<NoContent, NotFound>> (
            string id, DoseTaken dose, HttpContext http, IGrainFactory grains, TimeProvider time, Auditor audit) =>
            {
                if (!await IsRegisteredAsync(grains, id))
                {
                    return TypedResults.NotFound();
                }

                var at = dose.At ?? time.GetUtcNow();
                await audit.RecordAsync(http, AuditActions.RecordDoseTaken, resident: id, detail: $"{at:O}");
                await grains.GetResident(new ResidentId(id)).MarkDoseTakenAsync(at);
                return TypedResults.NoContent();
            })
            .WithName("PostDoseTaken")
            .WithSummary("Records that the resident took a scheduled dose (from a dispenser or a carer), so no missed-medication alarm is raised for it.");

        admin.MapGet("/devices/{id}/supervision", async (string id, IGrainFactory grains) =>
                TypedResults.Ok(await grains.GetDevice(new DeviceId(id)).GetSupervisionAsync()))
            .WithName("GetDeviceSupervision")
            .WithSummary("The device's heartbeat supervision: settings, last contact, open technical faults.");

        admin.MapPut("/devices/{id}/supervision", async Task<Results<NoContent, ValidationProblem>> (
            string id, DeviceSupervision supervision, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                await audit.RecordAsync(http, AuditActions.SetDeviceSupervision, subject: AuditSubjects.Device(id));
                try
                {
                    await grains.GetDevice(new DeviceId(id)).SetSupervisionAsync(supervision);
                }
                catch (ArgumentException e)
                {
                    await audit.RecordAsync(http, AuditActions.Denied(AuditActions.SetDeviceSupervision), subject: AuditSubjects.Device(id), detail: e.Message);
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["supervision"] = [e.Message] });
                }

                return TypedResults.NoContent();
            })
            .WithName("PutDeviceSupervision")
            .WithSummary("Sets the device's expected heartbeat interval, grace and battery thresholds, or turns supervision off.");

        return app;
    }

    private static async Task<bool> IsRegisteredAsync(IGrainFactory grains, string id) =>
        await grains.GetResident(new ResidentId(id)).GetProfileAsync() is not null;
}
