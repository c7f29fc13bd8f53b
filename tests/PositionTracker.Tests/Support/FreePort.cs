using System.Net;
using System.Net.Sockets;

namespace PositionTracker.Tests.Support;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on now: the system's pick for a listener opened and closed at once.</summary>
    public static int Pick()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
