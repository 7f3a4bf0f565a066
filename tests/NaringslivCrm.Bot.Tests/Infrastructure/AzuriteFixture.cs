using NaringslivCrm.Testing;

namespace NaringslivCrm.Bot.Tests.Infrastructure;

/// <summary>A real Azurite for the test run; the suite fails (never skips) when it cannot start.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly AzuriteProcess azurite = new();

    public string ConnectionString => azurite.ConnectionString;

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    /// <summary>Kills the emulator (fault tests); <see cref="InitializeAsync"/> starts a new one.</summary>
    public void Stop() => azurite.Stop();
}

/// <summary>One Azurite for all storage and host tests; each test isolates itself with its own table prefix.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
