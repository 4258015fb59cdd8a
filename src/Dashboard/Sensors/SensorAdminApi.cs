using ResponseCentre.Dashboard.Accounts;
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
/// through the resident card, which comes with login and the audit trail (issue 6).
/// </summary>
public static class SensorAdminApi
{
    private const string ErrorsKey = "rules";

    public static IEndpointRouteBuilder MapSensorAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Sensors").RequireAuthorization(DashboardPolicies.Administrator);

        admin.MapGet("/residents/{id}/sensor-rules", async Task<Results<Ok<SensorRuleSet>, NotFound>> (string id, IGrainFactory grains) =>
                await IsRegisteredAsync(grains, id)
                    ? TypedResults.Ok(await grains.GetResident(new ResidentId(id)).GetSensorRulesAsync())
                    : TypedResults.NotFound())
            .WithName("GetSensorRules")
            .WithSummary("The resident's sensor rules (the defaults until set).");

        admin.MapPut("/residents/{id}/sensor-rules", async Task<Results<NoContent, NotFound, ValidationProblem>> (string id, SensorRuleSet rules, IGrainFactory grains) =>
            {
                if (!await IsRegisteredAsync(grains, id))
                {
                    return TypedResults.NotFound();
                }

                try
                {
                    await grains.GetResident(new ResidentId(id)).SetSensorRulesAsync(rules);
                }
                catch (PolicyValidationException e)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ErrorsKey] = [.. e.Errors] }, title: "The sensor rules were refused.");
                }

                return TypedResults.NoContent();
            })
            .WithName("PutSensorRules")
            .WithSummary("Sets the resident's sensor rules: stove, night exit, bed, inactivity, vital-sign thresholds, medication schedule. Refused whole, every wrong field named.");

        admin.MapPost("/residents/{id}/doses-taken", async Task<Results<NoContent, NotFound>> (string id, DoseTaken dose, IGrainFactory grains, TimeProvider time) =>
            {
                if (!await IsRegisteredAsync(grains, id))
                {
                    return TypedResults.NotFound();
                }

                await grains.GetResident(new ResidentId(id)).MarkDoseTakenAsync(dose.At ?? time.GetUtcNow());
                return TypedResults.NoContent();
            })
            .WithName("PostDoseTaken")
            .WithSummary("Records that the resident took a scheduled dose (from a dispenser or a carer), so no missed-medication alarm is raised for it.");

        admin.MapGet("/devices/{id}/supervision", async (string id, IGrainFactory grains) =>
                TypedResults.Ok(await grains.GetDevice(new DeviceId(id)).GetSupervisionAsync()))
            .WithName("GetDeviceSupervision")
            .WithSummary("The device's heartbeat supervision: settings, last contact, open technical faults.");

        admin.MapPut("/devices/{id}/supervision", async Task<Results<NoContent, ValidationProblem>> (string id, DeviceSupervision supervision, IGrainFactory grains) =>
            {
                try
                {
                    await grains.GetDevice(new DeviceId(id)).SetSupervisionAsync(supervision);
                }
                catch (ArgumentException e)
                {
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
