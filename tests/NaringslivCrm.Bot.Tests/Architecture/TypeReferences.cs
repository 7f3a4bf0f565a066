using System.Reflection;
using System.Reflection.Emit;

namespace NaringslivCrm.Bot.Tests.Architecture;

/// <summary>
/// The types a compiled type uses: its base type and interfaces, fields, properties, events, method and constructor
/// signatures, local variables, and every type, method and field token in its method bodies (the IL is decoded opcode by
/// opcode, so a type used only inside a body is found too). Nested types (closures, async state machines) count as part
/// of their outermost type. Generic arguments, arrays and by-ref types are taken apart.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Each type <paramref name="type"/> (with its nested types) uses, and where: "field x", "body of M", ….</summary>
    public static IEnumerable<(Type Used, string Where)> Of(Type type)
    {
        var found = new List<(Type, string)>();
        foreach (var t in WithNested(type))
        {
            Add(found, t.BaseType, "base type of " + t.Name);
            foreach (var i in t.GetInterfaces())
            {
                Add(found, i, "interface of " + t.Name);
            }

            foreach (var f in t.GetFields(Declared))
            {
                Add(found, f.FieldType, "field " + f.Name);
            }

            foreach (var p in t.GetProperties(Declared))
            {
                Add(found, p.PropertyType, "property " + p.Name);
            }

            foreach (var e in t.GetEvents(Declared))
            {
                Add(found, e.EventHandlerType, "event " + e.Name);
            }

            foreach (var m in t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)))
            {
                if (m is MethodInfo mi)
                {
                    Add(found, mi.ReturnType, "return of " + m.Name);
                }

                foreach (var p in m.GetParameters())
                {
                    Add(found, p.ParameterType, $"parameter {p.Name} of {m.Name}");
                }

                found.AddRange(InBody(m).Select(u => (u, $"body of {t.Name}.{m.Name}")));
            }
        }

        return found.Distinct();
    }

    /// <summary>The types a method body names: locals, and the operands of every token-carrying instruction.</summary>
    public static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return [];
        }

        var found = new List<(Type, string)>();
        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType, string.Empty);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var op = il[i] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[i + 1]))] : OpCodesByValue[il[i]];
            i += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    foreach (var t in Resolve(method.Module, BitConverter.ToInt32(il, i), typeArgs, methodArgs))
                    {
                        Add(found, t, string.Empty);
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    break;
            }
        }

        return found.Select(f => f.Item1);
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        var member = module.ResolveMember(token, typeArgs, methodArgs);
        return member switch
        {
            Type t => [t],
            FieldInfo f => [f.DeclaringType!, f.FieldType],
            MethodInfo m => [m.DeclaringType!, m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType), .. m.IsGenericMethod ? m.GetGenericArguments() : []],
            ConstructorInfo c => [c.DeclaringType!, .. c.GetParameters().Select(p => p.ParameterType)],
            _ => [],
        };
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(Declared).SelectMany(WithNested).Prepend(type);

    private static void Add(List<(Type, string)> found, Type? type, string where)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType(), where);
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Add(found, type.GetGenericTypeDefinition(), where);
            foreach (var a in type.GetGenericArguments())
            {
                Add(found, a, where);
            }

            return;
        }

        found.Add((type, where));
    }
}
