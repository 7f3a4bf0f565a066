#pragma warning disable CA1822, CA1823, IDE0051, IDE0052, CS0169, CS0414
using Azure;
using Azure.Data.Tables;

// Deliberately bad types for TypeReferencesTests: a feature folder ("Digest") that uses the Azure SDK in every way the
// checker must see. Nothing else uses them.
namespace NaringslivCrm.Bot.Tests.Architecture.Fixtures.Digest;

public sealed class FieldOfSdkType
{
    private readonly TableEntity? row;
}

public sealed class SdkInSignature
{
    public static string Key(TableEntity row) => row.RowKey;
}

public sealed class SdkOnlyInBody
{
    public static bool Conflict(Exception e) => e is RequestFailedException { Status: 409 };
}

public sealed class SdkInAsyncBody
{
    public static async Task<int> CountAsync(object client)
    {
        await Task.Yield();
        return ((TableClient)client).Name.Length;
    }
}

public sealed class SdkInLambda
{
    public static Func<object, string> Name { get; } = o => ((TableClient)o).Name;
}

public sealed class SdkInGenericArgument
{
    public static IReadOnlyList<ETag> Tags() => [];
}

public sealed class SdkBaseType : RequestFailedException
{
    public SdkBaseType() : base("x")
    {
    }
}

public sealed class UsesHost
{
    public static Type Registration => typeof(NaringslivCrm.Bot.Hosting.StorageRegistration);
}

public sealed class Clean
{
    public static string Greeting(string name) => "Hej " + name + "!";
}
