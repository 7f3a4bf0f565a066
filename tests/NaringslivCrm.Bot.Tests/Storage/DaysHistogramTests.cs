using NaringslivCrm.Bot.Storage.Contacts;
using NaringslivCrm.Bot.Queries;

namespace NaringslivCrm.Bot.Tests.Storage;

public sealed class DaysHistogramTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(90)]
    public void Percentile_RandomDurations_EqualsNearestRankOverTheSortedList(double p)
    {
        var random = new Random(20261123);
        for (var run = 0; run < 200; run++)
        {
            var days = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Math.Round(random.NextDouble() * 45, 1)).ToArray();
            var histogram = new DaysHistogram();
            foreach (var d in days)
            {
                histogram.Add(DaysHistogram.TenthsOf(TimeSpan.FromDays(d)), 1);
            }

            var sorted = days.Order().ToArray();
            var expected = sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
            var roundTripped = DaysHistogram.Parse(histogram.ToString());
            Assert.Equal(expected, roundTripped.Percentile(p)!.Value, 3);
            Assert.Equal(days.Count(d => d <= 14), roundTripped.CountAtMost(14));
        }
    }

    [Fact]
    public void Parse_DamagedText_IgnoresWhatItCannotRead()
    {
        var h = DaysHistogram.Parse("15:2,x:1,20:-1,25");

        Assert.Equal(2, h.Total);
        Assert.Null(new DaysHistogram().Percentile(50));
    }
}
