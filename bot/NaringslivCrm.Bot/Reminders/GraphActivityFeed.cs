using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Extensions.Options;
using NaringslivCrm.Teams.Connector;

namespace NaringslivCrm.Bot.Reminders;

/// <summary>
/// POST /users/{id}/teamwork/sendActivityNotification through Microsoft.Graph, with an app token (client credentials
/// or managed identity, scope https://graph.microsoft.com/.default), at most N requests per second per tenant.
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
            await graph.Users[notice.UserId].Teamwork.SendActivityNotification.PostAsync(body, cancellationToken: cancellationToken);
            return new FeedResult(FeedOutcome.Sent);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 429 or >= 500)
        {
            return new FeedResult(FeedOutcome.RetryLater, Problem: $"graph {e.ResponseStatusCode}");
        }
        catch (ODataError e) when (e.ResponseStatusCode is 403 or 404)
        {
            return new FeedResult(FeedOutcome.NotInstalled, Problem: $"graph {e.ResponseStatusCode}: {e.Error?.Code}");
        }
        catch (ODataError e)
        {
            return new FeedResult(FeedOutcome.Failed, Problem: $"graph {e.ResponseStatusCode}: {e.Error?.Code}");
        }
        catch (HttpRequestException)
        {
            return new FeedResult(FeedOutcome.RetryLater, Problem: "graph unreachable");
        }
        catch (ApiException e)
        {
            return e.ResponseStatusCode is 429 or >= 500
                ? new FeedResult(FeedOutcome.RetryLater, Problem: $"graph {e.ResponseStatusCode}")
                : new FeedResult(FeedOutcome.Failed, Problem: $"graph {e.ResponseStatusCode}");
        }
    }

    /// <summary>Adds the app's Graph token to every request (to any host: the base URL is configuration).</summary>
    public sealed class TokenAuthentication(IBotTokenProvider tokens) : IAuthenticationProvider
    {
        public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (token is not null)
            {
                request.Headers.Add("Authorization", "Bearer " + token);
            }
        }
    }

    public static GraphServiceClient CreateClient(HttpClient http, IBotTokenProvider tokens, IOptions<ReminderOptions> options) =>
        new(http, new TokenAuthentication(tokens), options.Value.GraphBaseUrl);
}
