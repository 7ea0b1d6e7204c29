namespace Linesmith.Tests.Architecture;

/// <summary>Where in a compiled type a reference to another type was found.</summary>
internal enum TypeReferenceKind
{
    BaseType,
    Interface,
    GenericConstraint,
    Field,
    Signature,
    Property,
    Event,
    Attribute,
    MethodBody,
    Local,
    Catch,
}
