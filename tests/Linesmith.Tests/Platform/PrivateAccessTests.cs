using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The Windows ACL that stands for mode 0700: owner the user, a protected list (nothing inherited from
/// a parent that lets others in), one entry granting the user full control, inherited below. The
/// descriptor is built here and applied by Windows' own <c>DirectorySecurity</c> on the CI runners.
/// </summary>
public sealed class PrivateAccessTests
{
    [Theory]
    [InlineData("S-1-5-21-3623811015-3361044348-30300820-1013")]
    [InlineData("S-1-5-18")]
    public void The_descriptor_grants_the_user_alone_and_inherits_nothing(string sid)
    {
        var sddl = PrivateAccess.Descriptor(sid);

        Assert.Equal($"O:{sid}D:P(A;OICI;FA;;;{sid})", sddl);
        Assert.Single(sddl.Split('(').Skip(1));
        Assert.DoesNotContain(";WD)", sddl, StringComparison.Ordinal); // Everyone
        Assert.DoesNotContain(";BU)", sddl, StringComparison.Ordinal); // Users
        Assert.DoesNotContain(";AU)", sddl, StringComparison.Ordinal); // Authenticated Users
    }

    [Theory]
    [InlineData("")]
    [InlineData("WD")]
    [InlineData("S-1-")]
    [InlineData("S-1-5")]
    [InlineData("S-1-5-21-1)(A;OICI;FA;;;WD")]
    [InlineData("S-1-5-x")]
    [InlineData("S-1-5--1")]
    [InlineData("s-1-5-18")]
    public void Anything_but_a_security_identifier_is_refused_so_no_entry_can_be_smuggled_in(string sid) =>
        Assert.Throws<ArgumentException>(() => PrivateAccess.Descriptor(sid));
}
