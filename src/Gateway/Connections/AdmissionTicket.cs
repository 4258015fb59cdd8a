using System.Net;

namespace ResponseCentre.Gateway.Connections;

/// <summary>One accepted connection's place in <see cref="ConnectionAdmission"/>: pending until its CONNECT arrives, released when it closes.</summary>
internal sealed class AdmissionTicket(ConnectionAdmission admission, IPAddress address) : IDisposable
{
    private int _state; // 0 pending, 1 past CONNECT, 2 released

    public bool IsPastConnect => Volatile.Read(ref _state) == 1;

    /// <summary>The CONNECT arrived: the connection no longer counts as pending.</summary>
    public void ConnectReceived()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) == 0)
        {
            admission.Promote(address);
        }
    }

    public void Dispose()
    {
        var previous = Interlocked.Exchange(ref _state, 2);
        if (previous != 2)
        {
            admission.Release(address, established: previous == 1);
        }
    }
}
