using System.Runtime.CompilerServices;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace Linesmith.Editor;

/// <summary>
/// A Terminal.Gui application on a driver of our choosing. Terminal.Gui 2.5.0 builds its drivers
/// from a fixed list by name; its constructor that takes a component factory is internal
/// (<c>ApplicationImpl(IComponentFactory)</c>, the one its own tests use). It is reached through an
/// <see cref="UnsafeAccessorAttribute"/>, which the AOT compiler resolves at build time (no
/// reflection, no trimming warning); the package version is pinned in Directory.Packages.props. If a
/// later version drops that constructor, the editor falls back to the toolkit's default driver and
/// only loses its idle sleep.
/// </summary>
internal static class ToolkitApplication
{
    public static IApplication Create(IComponentFactory factory)
    {
        try
        {
            return (IApplication)NewApplication(factory);
        }
        catch (Exception exception) when (exception is MissingMethodException or MissingMemberException or TypeLoadException or InvalidCastException)
        {
            return Application.Create();
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Terminal.Gui.App.ApplicationImpl, Terminal.Gui")]
    private static extern object NewApplication(IComponentFactory componentFactory);
}
