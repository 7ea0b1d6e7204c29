#pragma warning disable CA1812, CA1822, CA1823, CS0169, CS0649, IDE0051, IDE0052, IDE0060, IDE0130 // planted references, never run; one namespace per kind
namespace Linesmith.Tests.Architecture.Fixture.ViaBaseType
{
    internal sealed class Derived : Target.Thing;
}

namespace Linesmith.Tests.Architecture.Fixture.ViaInterface
{
    internal sealed class Marked : Target.IMarker;
}

namespace Linesmith.Tests.Architecture.Fixture.ViaField
{
    internal sealed class Holder
    {
        private readonly Target.Thing? _thing;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaArrayField
{
    internal sealed class Holder
    {
        private readonly Target.Thing[]? _things;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaParameter
{
    internal static class Taker
    {
        public static void Take(object? thing, ref Target.Mode mode)
        {
        }
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaReturnType
{
    internal static class Giver
    {
        public static Target.IMarker? Give() => null;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaGenericArgument
{
    internal static class Giver
    {
        public static IReadOnlyList<KeyValuePair<string, Target.Mode>> Give() => [];
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaGenericConstraint
{
    internal static class Constrained
    {
        public static int Count<T>(IEnumerable<T> items)
            where T : Target.IMarker => items.Count();
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaCall
{
    internal static class Caller
    {
        public static void Run() => Target.Thing.Call();
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaStaticField
{
    internal static class Reader
    {
        public static int Run() => Target.Thing.Count;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaGenericMethodArgument
{
    internal static class Caller
    {
        public static int Run() => Array.Empty<Target.Mode>().Length;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaTypeTest
{
    internal static class Tester
    {
        public static bool Run(object value) => value is Target.IMarker;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaTypeOf
{
    internal static class Namer
    {
        public static string Run() => typeof(Target.Mode).Name;
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaLambda
{
    internal static class Maker
    {
        public static Func<object> Run() => () => new Target.Thing();
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaCatch
{
    internal static class Catcher
    {
        public static bool Run(Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (Target.Failure)
            {
                return false;
            }
        }
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaAttribute
{
    [Target.Marker]
    internal sealed class Marked;
}

namespace Linesmith.Tests.Architecture.Fixture.ViaParameterAttribute
{
    internal static class Taker
    {
        public static void Take([Target.Marker] int value)
        {
        }
    }
}

namespace Linesmith.Tests.Architecture.Fixture.ViaAttributeTypeOf
{
    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class NamesAttribute(object value) : Attribute
    {
        public object Value { get; } = value;
    }

    [Names(typeof(Target.Thing))]
    internal sealed class Named;
}

namespace Linesmith.Tests.Architecture.Fixture.ViaAttributeEnum
{
    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class NamesAttribute(object value) : Attribute
    {
        public object Value { get; } = value;
    }

    [Names(Target.Mode.On)]
    internal sealed class Named;
}

namespace Linesmith.Tests.Architecture.Fixture.ViaNestedType
{
    internal static class Outer
    {
        internal sealed class Inner
        {
            public Target.IMarker? Marker { get; init; }
        }
    }
}

namespace Linesmith.Tests.Architecture.Fixture.Clean
{
    internal static class Alone
    {
        public static int Run(string text) => text.Length;
    }
}
