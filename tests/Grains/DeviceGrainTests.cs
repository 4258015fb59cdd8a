using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Tests;

[Collection(TestSilo.Name)]
public sealed class DeviceGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Unregistered_device_has_no_assignment()
    {
        Assert.Null(await fixture.Grains.GetDevice(new DeviceId("d-unknown")).GetAssignmentAsync());
    }

    [Fact]
    public async Task Assigned_device_names_its_resident()
    {
        var assignment = new DeviceAssignment(new DeviceId("d-assigned"), new ResidentId("r-assigned"));

        await fixture.Grains.GetDevice(assignment.Device).AssignAsync(assignment);

        Assert.Equal(assignment, await fixture.Grains.GetDevice(assignment.Device).GetAssignmentAsync());
    }

    [Fact]
    public async Task Assignment_sent_to_another_device_s_grain_is_refused()
    {
        var assignment = new DeviceAssignment(new DeviceId("d-one"), new ResidentId("r-one"));

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetDevice(new DeviceId("d-other")).AssignAsync(assignment));
    }
}
