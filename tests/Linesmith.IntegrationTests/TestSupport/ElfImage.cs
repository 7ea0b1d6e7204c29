using System.Buffers.Binary;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// What an ELF executable needs from the machine at run time: nothing when it is fully static (no
/// PT_INTERP program header), else its loader and libraries as the loader resolves them
/// (LD_TRACE_LOADED_OBJECTS, what ldd does; it works for a foreign architecture under binfmt_misc
/// too), plus the OpenSSL libraries the runtime loads by name on the first TLS connection.
/// </summary>
internal static class ElfImage
{
    private const uint ProgramInterpreter = 3;

    public static bool IsStatic(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 4).SequenceEqual("\u007fELF"u8) && bytes[4] == 2 && bytes[5] == 1, $"{path} is not a 64-bit little-endian ELF file");
        var headers = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x20));
        var size = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x36));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x38));
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(headers + (i * size))) == ProgramInterpreter)
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyList<string> RuntimeLibraries(string path)
    {
        if (IsStatic(path))
        {
            return [];
        }

        var trace = ProcessRunner.Run(path, [], new Dictionary<string, string> { ["LD_TRACE_LOADED_OBJECTS"] = "1" });
        Assert.True(trace.ExitCode == 0, trace.Stderr);
        var libraries = new List<string>();
        foreach (var line in trace.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" or "/lib64/ld-linux-x86-64.so.2 (0x...)"
            var resolved = line.Contains("=>", StringComparison.Ordinal) ? line[(line.IndexOf("=>", StringComparison.Ordinal) + 2)..].Trim() : line;
            var file = resolved.Split(' ')[0];
            if (file.StartsWith('/'))
            {
                libraries.Add(file);
            }
        }

        var libc = libraries.Single(library => Path.GetFileName(library) == "libc.so.6");
        foreach (var openssl in new[] { "libssl.so.3", "libcrypto.so.3" })
        {
            var candidate = Path.Join(Path.GetDirectoryName(libc), openssl);
            if (File.Exists(candidate))
            {
                libraries.Add(candidate);
            }
        }

        return libraries;
    }
}
