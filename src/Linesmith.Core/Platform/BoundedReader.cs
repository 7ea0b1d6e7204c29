namespace Linesmith.Platform;

/// <summary>
/// Reads a child's output stream to its end on a thread of its own, keeping at most a cap of bytes
/// (0: discard everything, for stderr that must be drained so the child never blocks on it). Past the
/// cap it stops reading and says so (<see cref="Full"/>); the caller then kills the child.
/// </summary>
internal sealed class BoundedReader
{
    private readonly object _gate = new();
    private readonly Thread _thread;
    private readonly int _cap;
    private byte[] _kept = [];
    private int _length;
    private bool _full;

    public BoundedReader(Stream stream, int cap)
    {
        _cap = cap;
        _thread = new Thread(() => Pump(stream)) { IsBackground = true, Name = "child output" };
        _thread.Start();
    }

    /// <summary>True once the cap was reached (never for a cap of 0).</summary>
    public bool Full
    {
        get
        {
            lock (_gate)
            {
                return _full;
            }
        }
    }

    /// <summary>Waits up to <paramref name="milliseconds"/> for the cap to be reached.</summary>
    public void WaitFull(int milliseconds)
    {
        lock (_gate)
        {
            if (!_full)
            {
                Monitor.Wait(_gate, milliseconds);
            }
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for the end of the stream (the child is dead by then).</summary>
    public void Finish(TimeSpan grace) => _thread.Join(grace);

    /// <summary>What was kept so far.</summary>
    public byte[] Bytes()
    {
        lock (_gate)
        {
            return _kept.AsSpan(0, _length).ToArray();
        }
    }

    private void Pump(Stream stream)
    {
        var buffer = new byte[16384];
        try
        {
            int count;
            while ((count = stream.Read(buffer)) > 0)
            {
                if (_cap > 0 && Keep(buffer.AsSpan(0, count)))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The pipe broke: the end of the output.
        }
    }

    /// <summary>Appends what fits under the cap; true when the cap is reached.</summary>
    private bool Keep(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var take = Math.Min(bytes.Length, _cap - _length);
            if (_length + take > _kept.Length)
            {
                Array.Resize(ref _kept, Math.Min(_cap, Math.Max(_kept.Length * 2, _length + take)));
            }

            bytes[..take].CopyTo(_kept.AsSpan(_length));
            _length += take;
            _full = _length >= _cap;
            if (_full)
            {
                Monitor.PulseAll(_gate);
            }

            return _full;
        }
    }
}
