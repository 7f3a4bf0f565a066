using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using NaringslivCrm.Bot.Import;
using NaringslivCrm.Bot.Storage;
using NaringslivCrm.Bot.Storage.Companies;
using NaringslivCrm.Domain.Companies;
using NaringslivCrm.Domain.Municipalities;
using NaringslivCrm.Testing;

namespace NaringslivCrm.Bench;

/// <summary>
/// import-companies on N generated valid rows against a fresh Azurite: parse + validate time, store time and the
/// number of table requests, for the first import (inserts) and a repeat of the same file (idempotent upserts).
/// </summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var rows = ImportBenchOptions.Parse(args).Rows;
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var names = new TableNames("bench");
        await service.CreateTableIfNotExistsAsync(names.Companies);
        var store = new TableCompanyRepository(service, names);
        var municipality = MunicipalityCode.Parse("0882").Value;
        var file = Generate(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {rows} rows, {file.Length / 1024.0:F0} KiB UTF-8 CSV"));

        foreach (var run in new[] { "first import", "same file again" })
        {
            var watch = Stopwatch.StartNew();
            var report = CompanyFileParser.Parse(file, municipality);
            var parsed = watch.Elapsed;
            counter.Reset();
            await store.UpsertRegisterDataAsync(municipality, report.ValidRows, CancellationToken.None);
            var total = watch.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run}: parse+validate {parsed.TotalMilliseconds:F0} ms, store {(total - parsed).TotalMilliseconds:F0} ms, total {total.TotalMilliseconds:F0} ms; " +
                $"{report.ValidRows.Count} valid rows, {counter.Count} table requests (entity group transactions of ≤100), {report.Errors.Count} errors"));
        }

        var stored = 0;
        await foreach (var _ in service.GetTableClient(names.Companies).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            stored++;
        }

        Console.WriteLine($"rows in Companies after both runs: {stored}");
        return 0;
    }

    /// <summary>N valid rows with Luhn-correct organisationsnummer in the 5598… series, Swedish headers, ';'.</summary>
    private static byte[] Generate(int rows)
    {
        var text = new StringBuilder("Organisationsnummer;Företagsnamn;SNI-kod;Gatuadress;Postnummer;Postort;Antal anställda\r\n");
        string[] sni = ["24.100", "25.110", "25.620", "27.200", "28.220", "16.100", "20.160", "62.010", "35.110", "52.100"];
        for (var i = 0; i < rows; i++)
        {
            var nine = (559800000 + (i * 3)).ToString(CultureInfo.InvariantCulture);
            var orgnr = nine + OrgNumber.CheckDigit(nine).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture,
                $"{orgnr[..6]}-{orgnr[6..]};Bänkfabriken {i} AB;{sni[i % sni.Length]};Industrigatan {1 + (i % 90)};572 {30 + (i % 60)};Oskarshamn;{i % 700}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Counts the HTTP requests the table client sends (retries included).</summary>
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => count;

        public void Reset() => count = 0;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
    }
}
