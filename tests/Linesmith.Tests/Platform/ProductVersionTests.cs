using System.Reflection;

namespace Linesmith.Tests.Platform;

/// <summary>The compile-time version constant stays the assembly's version (both come from Directory.Build.props).</summary>
public sealed class ProductVersionTests
{
    [Fact]
    public void The_constant_matches_the_assembly_informational_version()
    {
        var assembly = typeof(Linesmith.Usage.UsageSettings).Assembly;

        Assert.Equal(Linesmith.ProductVersion.Value, assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
        Assert.Equal("linesmith/" + Linesmith.ProductVersion.Value, Linesmith.Usage.UsageSettings.DefaultUserAgent);
    }
}
