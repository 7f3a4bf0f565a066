using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Extensions.Options;
using NaringslivCrm.Bot.Graph;
using NaringslivCrm.Bot.Reminders;

namespace NaringslivCrm.Bot.Graph;

/// <summary>
/// POST /users/{id}/teamwork/sendActivityNotification through Microsoft.Graph, with an app-only token of the Entra
/// app in the manifest's webApplicationInfo (<see cref="GraphIdentityOptions"/>) for the recipient's tenant, at most
/// N requests per second per tenant. Refusals are classified by <see cref="GraphRefusal"/>.
/// </summary>
public sealed class GraphActivityFeed(GraphServiceClient graph, TenantThrottle throttle) : IActivityFeed
{
    public async Task<FeedResult> NotifyAsync(FeedNotice notice, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(notice.TenantId, cancellationToken);
        var body = new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = notice.TopicText, WebUrl = notice.WebUrl },
            ActivityType = notice.ActivityType,
            ChainId = notice.ChainId,
            PreviewText = new ItemBody { Content = notice.Preview.Length <= 150 ? notice.Preview : notice.Preview[..149] + "…" },
            TemplateParameters = [.. notice.TemplateParameters.Select(p => new Microsoft.Graph.Models.KeyValuePair { Name = p.Key, Value = p.Value })],
        };
        try
        {
            await graph.Users[notice.UserId].Teamwork.SendActivityNotification.PostAsync(body,
                rc => rc.Options.Add(new GraphTenantOption(notice.TenantId)), cancellationToken);
            return new FeedResult(FeedOutcome.Sent);
        }
        catch (ODataError e)
        {
            return GraphRefusal.Classify(e.ResponseStatusCode, e.Error?.Code, e.Error?.Message);
        }
        catch (AuthenticationFailedException e)
        {
            // Entra refused the app (unknown client, wrong secret, no matching federated credential, not consented).
            return new FeedResult(FeedOutcome.PermissionMissing, Problem: "entra: " + FirstLine(e.Message));
        }
        catch (HttpRequestException)
        {
            return new FeedResult(FeedOutcome.RetryLater, Problem: "graph unreachable");
        }
        catch (ApiException e)
        {
            return GraphRefusal.Classify(e.ResponseStatusCode, null, null);
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("AADSTS", StringComparison.Ordinal)) ?? text;
        return line.Length <= 200 ? line : line[..200];
    }

    public static GraphServiceClient CreateClient(HttpClient http, IAuthenticationProvider authentication, IOptions<ReminderOptions> options) =>
        new(http, authentication, options.Value.GraphBaseUrl);
}
