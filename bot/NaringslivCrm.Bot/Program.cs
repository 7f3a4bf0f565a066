using NaringslivCrm.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCrmTelemetry(builder.Configuration);
builder.Services.AddCrmStorage();
builder.Services.AddCrmRepositories();
builder.Services.AddTeamsBot(builder.Configuration);
builder.Services.AddChatCommands();
builder.Services.AddTabApi();
builder.Services.AddReminders();
builder.Services.AddPrivacy();
builder.Services.AddNetworkDigest();
builder.Services.AddCrmData();

var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseTabFiles();
app.MapHealth();
app.MapBot();
app.MapTabApi();
app.MapNetwork();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
