using System.Text.Json;
using Microsoft.Extensions.Options;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>
/// Registers the seed file's teams, policies, residents and devices on start, before the gateway accepts devices.
/// Only what is not registered yet is written, so edits made since the first start are kept.
/// </summary>
internal sealed partial class RegistrySeeder(
    IGrainFactory grains, IOptions<RegistryOptions> options, IHostEnvironment environment, ILogger<RegistrySeeder> logger)
    : IHostedService
{
    private static readonly JsonSerializerOptions SeedJson = CreateSeedJson();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SeedFile))
        {
            return;
        }

        var path = Path.IsPathRooted(options.Value.SeedFile)
            ? options.Value.SeedFile
            : Path.Combine(environment.ContentRootPath, options.Value.SeedFile);
        await using var file = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<SeedData>(file, SeedJson, cancellationToken)
            ?? throw new InvalidDataException($"Seed file '{path}' holds JSON null.");

        await SeedTeamsAndPoliciesAsync(seed);
        foreach (var account in seed.Accounts ?? [])
        {
            await grains.GetAccounts().AddIfMissingAsync(account);
        }

        var added = 0;
        // A bounded fan-out: fast for thousands of simulated residents without flooding the silo.
        await Parallel.ForEachAsync(seed.AllResidents(), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
            async (resident, _) =>
            {
                if (await RegisterIfNewAsync(resident, seed.DemoDeviceSecret))
                {
                    Interlocked.Increment(ref added);
                }
            });
        LogSeeded(path, added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static JsonSerializerOptions CreateSeedJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { RespectRequiredConstructorParameters = true };
        DashboardJson.Configure(json);
        return json;
    }

    private async Task SeedTeamsAndPoliciesAsync(SeedData seed)
    {
        foreach (var (team, roster) in seed.Teams ?? [])
        {
            var grain = grains.GetTeam(team.Id);
            if (await grain.GetDefinitionAsync() is null)
            {
                await grain.DefineAsync(team);
                if (roster is not null)
                {
                    await grain.SetRosterAsync(roster);
                }
            }
        }

        foreach (var policies in seed.Policies ?? [])
        {
            var grain = grains.GetTenantPolicies(policies.Tenant);
            if (await grain.GetAsync() is null)
            {
                await grain.SetAsync(policies);
            }
        }
    }

    private async Task<bool> RegisterIfNewAsync(SeedResident seed, string? deviceSecret)
    {
        var residentId = new ResidentId(seed.Id);
        var resident = grains.GetResident(residentId);
        if (await resident.GetProfileAsync() is not null)
        {
            return false;
        }

        await resident.RegisterAsync(new ResidentProfile(residentId, new TenantId(seed.Tenant), seed.Name, seed.District,
            seed.CareLevel, [.. (seed.Teams ?? []).Select(team => new TeamId(team))])
        {
            Address = seed.Address,
            AccessNotes = seed.AccessNotes,
            Contacts = seed.Contacts ?? [],
        });
        foreach (var device in seed.Devices)
        {
            var grain = grains.GetDevice(new DeviceId(device));
            await grain.AssignAsync(new DeviceAssignment(new DeviceId(device), residentId));
            if (deviceSecret is not null)
            {
                // Demo devices share one documented secret, each hashed under its own salt; real
                // devices get their own through PUT /api/admin/devices/{id}/credentials.
                await grain.SetCredentialAsync(DeviceCredential.For(deviceSecret));
            }
        }

        return true;
    }

    [LoggerMessage(LogLevel.Information, "Registry seeded from {Path}: {Added} residents added")]
    private partial void LogSeeded(string path, int added);
}
