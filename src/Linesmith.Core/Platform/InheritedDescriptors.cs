using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// Descriptors this process inherited without close-on-exec: a render started by a
/// parent that leaked, say, the write end of a pipe would otherwise hand it on to the background
/// refresher, and whoever reads that pipe would see its end only when the refresher exits, not when
/// the render does. Every descriptor .NET opens is close-on-exec already; marking the inherited ones
/// too means the refresher starts with 0, 1 and 2 only.
/// </summary>
internal static class InheritedDescriptors
{
    private const int CloseOnExec = 1; // the runtime's PAL_FD_CLOEXEC

    /// <summary>Where /proc is missing (macOS), descriptors up to this are checked one by one.</summary>
    private const int ScanLimit = 1024;

    /// <summary>Marks every descriptor above 2 close-on-exec; the count it changed.</summary>
    public static int MarkCloseOnExec()
    {
        if (OperatingSystem.IsWindows())
        {
            return 0;
        }

        var changed = 0;
        foreach (var descriptor in Open())
        {
            var flags = SystemNative.FcntlGetFD(descriptor);
            if (flags >= 0 && (flags & CloseOnExec) == 0 && SystemNative.FcntlSetFD(descriptor, flags | CloseOnExec) == 0)
            {
                changed++;
            }
        }

        return changed;
    }

    private static IEnumerable<int> Open()
    {
        const string Listing = "/proc/self/fd";
        if (Directory.Exists(Listing))
        {
            // Listed first, then changed: the listing's own descriptor is close-on-exec and gone by then.
            var numbers = new List<int>();
            foreach (var entry in Directory.EnumerateFileSystemEntries(Listing))
            {
                if (int.TryParse(Path.GetFileName(entry), System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 2)
                {
                    numbers.Add(number);
                }
            }

            return numbers;
        }

        return Enumerable.Range(3, ScanLimit - 3);
    }
}
