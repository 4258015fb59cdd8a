using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Dashboard.Audit;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>
/// Administrators register residents and their devices. A resident's card is read through the
/// audited card endpoint (<c>GET /api/residents/{id}/card</c>), never here. Every change is audited before it is made.
/// </summary>
public static class RegistryAdminApi
{
    public static IEndpointRouteBuilder MapRegistryAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Registry").RequireAuthorization(DashboardPolicies.Administrator);

        admin.MapPut("/residents/{id}", async Task<IResult> (string id, ResidentProfile profile, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                if (ResidentErrors(id, profile) is { Count: > 0 } errors)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                await audit.RecordAsync(http, AuditActions.SaveResident, resident: id);
                await grains.GetResident(profile.Id).RegisterAsync(profile);
                return TypedResults.NoContent();
            })
            .WithName("PutResident")
            .WithSummary("Registers or updates a resident: tenant, district, care level and assigned teams route their alarms.");

        admin.MapPut("/devices/{id}", async Task<IResult> (string id, DeviceRegistration registration, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                if (!Protocol.DeviceIds.IsValid(id))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["1 to 64 letters, digits, '-', '_' or '.'"] });
                }

                if (registration.Bridge is { } bridge && !Protocol.DeviceIds.IsValid(bridge))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bridge"] = ["the bridge account's user name: 1 to 64 letters, digits, '-', '_' or '.'"] });
                }

                var resident = new ResidentId(registration.Resident);
                if (await grains.GetResident(resident).GetProfileAsync() is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["resident"] = [$"resident '{resident}' is not registered"] });
                }

                await audit.RecordAsync(http, AuditActions.RegisterDevice, resident: resident.Value, subject: AuditSubjects.Device(id));
                await grains.GetDevice(new DeviceId(id)).AssignAsync(new DeviceAssignment(new DeviceId(id), resident, registration.Bridge));
                return TypedResults.NoContent();
            })
            .WithName("PutDevice")
            .WithSummary("Registers a device to a resident; it may then publish alarms. A sensor behind a bridge (zigbee2mqtt) names the bridge account, the only one that may publish for it.");

        admin.MapPut("/devices/{id}/credentials", async Task<IResult> (string id, DeviceSecret body, HttpContext http, IGrainFactory grains, Auditor audit) =>
            {
                var device = grains.GetDevice(new DeviceId(id));
                if (await device.GetAssignmentAsync() is null)
                {
                    return TypedResults.NotFound();
                }

                if (body.Secret is not { Length: >= DeviceCredential.MinimumSecretLength })
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["secret"] = [$"at least {DeviceCredential.MinimumSecretLength} characters"] });
                }

                // The secret itself is never written to the trail.
                await audit.RecordAsync(http, AuditActions.SetDeviceCredentials, subject: AuditSubjects.Device(id));
                await device.SetCredentialAsync(DeviceCredential.For(body.Secret));
                return TypedResults.NoContent();
            })
            .WithName("PutDeviceCredentials")
            .WithSummary("Sets the device's secret (16+ characters), which it sends as the MQTT password with its id as user name; only a hash is kept. The old secret stops working at once for new connections.");

        admin.MapGet("/devices/{id}", async Task<IResult> (string id, IGrainFactory grains) =>
                await grains.GetDevice(new DeviceId(id)).GetAssignmentAsync() is { } assignment
                    ? TypedResults.Ok(assignment)
                    : TypedResults.NotFound())
            .WithName("GetDevice")
            .WithSummary("Which resident a device belongs to, and the bridge it reports through.");

        return app;
    }

    private static Dictionary<string, string[]> ResidentErrors(string id, ResidentProfile profile)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Protocol.DeviceIds.IsValid(id))
        {
            // Resident ids end up in pages, logs and the audit trail: the same plain characters as device ids.
            errors["id"] = ["1 to 64 letters, digits, '-', '_' or '.'"];
        }
        else if (profile.Id.Value != id)
        {
            errors["id"] = [$"the body's id '{profile.Id}' differs from the path's '{id}'"];
        }

        if (string.IsNullOrWhiteSpace(profile.Tenant.Value))
        {
            errors["tenant"] = ["is empty"];
        }

        if (string.IsNullOrWhiteSpace(profile.District))
        {
            errors["district"] = ["is empty"];
        }

        if (!Enum.IsDefined(profile.CareLevel))
        {
            errors["careLevel"] = ["is not a known care level"];
        }

        for (var i = 0; i < profile.Contacts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(profile.Contacts[i].Name) || string.IsNullOrWhiteSpace(profile.Contacts[i].Phone))
            {
                errors[$"contacts[{i}]"] = ["needs a name and a phone number"];
            }
        }

        return errors;
    }
}
