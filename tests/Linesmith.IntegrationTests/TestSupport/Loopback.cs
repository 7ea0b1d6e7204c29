using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>Small socket chores shared by the loopback servers and proxies.</summary>
internal static class Loopback
{
    /// <summary>A port on 127.0.0.1 that nothing listens on (taken, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Reads byte by byte up to and including the empty line, so nothing after the head is consumed.</summary>
    public static async Task<string?> ReadHeadAsync(Stream stream, CancellationToken token)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, token).ConfigureAwait(false) == 0 || head.Length > 64 * 1024)
            {
                return null;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    /// <summary>Copies both ways between the client (over <paramref name="clientStream"/>, maybe TLS) and upstream until either side closes, then closes both.</summary>
    public static async Task RelayAsync(TcpClient client, Stream clientStream, TcpClient upstream, CancellationToken token)
    {
        using (client)
        using (upstream)
        {
            var one = clientStream.CopyToAsync(upstream.GetStream(), token);
            var other = upstream.GetStream().CopyToAsync(clientStream, token);
            try
            {
                await Task.WhenAny(one, other).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // One side went away: the relay is over.
            }
        }
    }
}
