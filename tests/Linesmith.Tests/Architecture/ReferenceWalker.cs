using Mono.Cecil;

namespace Linesmith.Tests.Architecture;

/// <summary>
/// Every type reference a compiled module makes, wherever the compiler put it: base types, interfaces,
/// generic constraints, fields, method and property signatures, attributes (their type and their
/// arguments, <c>typeof</c> and enum values included), method bodies (calls, field accesses, object
/// creation, casts, <c>typeof</c>, generic method arguments), local variables and catch clauses; each
/// through array, by-ref, pointer, modifier and generic-argument wrappers. A nested type (closures and
/// lambdas included) counts as its outermost declaring type. docs/adr/0017-layering-test-with-mono-cecil.md.
/// </summary>
internal static class ReferenceWalker
{
    /// <summary>The references of every type in the file at <paramref name="assemblyPath"/>.</summary>
    public static IReadOnlyList<TypeReferenceFound> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { ReadSymbols = false });
        var found = new List<TypeReferenceFound>();
        foreach (var type in module.GetTypes())
        {
            new Visitor(type, found).VisitType();
        }

        return found;
    }

    /// <summary>The namespace a type is declared in: that of its outermost declaring type.</summary>
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static string NameOf(TypeReference type)
    {
        var name = type.Name;
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            name = outer.Name + "." + name;
        }

        return name;
    }

    private sealed class Visitor(TypeDefinition type, List<TypeReferenceFound> found)
    {
        private readonly string _namespace = NamespaceOf(type);
        private readonly string _name = NameOf(type);

        public void VisitType()
        {
            Attributes(type.CustomAttributes);
            GenericParameters(type.GenericParameters);
            if (type.BaseType is not null)
            {
                Add(type.BaseType, TypeReferenceKind.BaseType);
            }

            foreach (var implemented in type.Interfaces)
            {
                Add(implemented.InterfaceType, TypeReferenceKind.Interface);
                Attributes(implemented.CustomAttributes);
            }

            foreach (var field in type.Fields)
            {
                Add(field.FieldType, TypeReferenceKind.Field);
                Attributes(field.CustomAttributes);
            }

            foreach (var property in type.Properties)
            {
                Add(property.PropertyType, TypeReferenceKind.Property);
                Attributes(property.CustomAttributes);
                foreach (var parameter in property.Parameters)
                {
                    Add(parameter.ParameterType, TypeReferenceKind.Property);
                }
            }

            foreach (var @event in type.Events)
            {
                Add(@event.EventType, TypeReferenceKind.Event);
                Attributes(@event.CustomAttributes);
            }

            foreach (var method in type.Methods)
            {
                Method(method);
            }
        }

        private void Method(MethodDefinition method)
        {
            Attributes(method.CustomAttributes);
            Attributes(method.MethodReturnType.CustomAttributes);
            GenericParameters(method.GenericParameters);
            Add(method.ReturnType, TypeReferenceKind.Signature);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType, TypeReferenceKind.Signature);
                Attributes(parameter.CustomAttributes);
            }

            foreach (var overridden in method.Overrides)
            {
                Member(overridden, TypeReferenceKind.Signature);
            }

            if (!method.HasBody)
            {
                return;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType, TypeReferenceKind.Local);
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                if (handler.CatchType is not null)
                {
                    Add(handler.CatchType, TypeReferenceKind.Catch);
                }
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        Add(operand, TypeReferenceKind.MethodBody);
                        break;
                    case MemberReference operand:
                        Member(operand, TypeReferenceKind.MethodBody);
                        break;
                    case CallSite site:
                        Add(site.ReturnType, TypeReferenceKind.MethodBody);
                        foreach (var parameter in site.Parameters)
                        {
                            Add(parameter.ParameterType, TypeReferenceKind.MethodBody);
                        }

                        break;
                }
            }
        }

        /// <summary>A method or field used: its declaring type, its signature and its generic arguments.</summary>
        private void Member(MemberReference member, TypeReferenceKind kind)
        {
            Add(member.DeclaringType, kind);
            switch (member)
            {
                case GenericInstanceMethod generic:
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument, kind);
                    }

                    Member(generic.ElementMethod, kind);
                    break;
                case MethodReference method:
                    Add(method.ReturnType, kind);
                    foreach (var parameter in method.Parameters)
                    {
                        Add(parameter.ParameterType, kind);
                    }

                    break;
                case FieldReference field:
                    Add(field.FieldType, kind);
                    break;
            }
        }

        private void GenericParameters(IEnumerable<GenericParameter> parameters)
        {
            foreach (var parameter in parameters)
            {
                Attributes(parameter.CustomAttributes);
                foreach (var constraint in parameter.Constraints)
                {
                    Add(constraint.ConstraintType, TypeReferenceKind.GenericConstraint);
                }
            }
        }

        private void Attributes(IEnumerable<CustomAttribute> attributes)
        {
            foreach (var attribute in attributes)
            {
                Add(attribute.AttributeType, TypeReferenceKind.Attribute);
                foreach (var argument in attribute.ConstructorArguments)
                {
                    Argument(argument);
                }

                foreach (var named in attribute.Fields.Concat(attribute.Properties))
                {
                    Argument(named.Argument);
                }
            }
        }

        /// <summary>An attribute argument: its type (an enum value names its enum), a <c>typeof</c>, or an array or boxed value of those.</summary>
        private void Argument(CustomAttributeArgument argument)
        {
            Add(argument.Type, TypeReferenceKind.Attribute);
            switch (argument.Value)
            {
                case TypeReference typeOf:
                    Add(typeOf, TypeReferenceKind.Attribute);
                    break;
                case CustomAttributeArgument boxed:
                    Argument(boxed);
                    break;
                case CustomAttributeArgument[] elements:
                    foreach (var element in elements)
                    {
                        Argument(element);
                    }

                    break;
            }
        }

        /// <summary>A type and every type it is built from: element types, generic arguments, modifiers, function pointer signatures.</summary>
        private void Add(TypeReference? reference, TypeReferenceKind kind)
        {
            switch (reference)
            {
                case null:
                case GenericParameter:
                    return;
                case GenericInstanceType generic:
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument, kind);
                    }

                    Add(generic.ElementType, kind);
                    return;
                case IModifierType modified:
                    Add(modified.ModifierType, kind);
                    Add(((TypeSpecification)reference).ElementType, kind);
                    return;
                case FunctionPointerType pointer:
                    Add(pointer.ReturnType, kind);
                    foreach (var parameter in pointer.Parameters)
                    {
                        Add(parameter.ParameterType, kind);
                    }

                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType, kind);
                    return;
            }

            found.Add(new TypeReferenceFound(_namespace, _name, NamespaceOf(reference), NameOf(reference), kind));
        }
    }
}
