using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Data.Tests.Testing;

/// <summary>
/// A controlled extractor FOR TESTS ONLY. Each line of the form <c>PROVINCE|KIND|DATE|KILLED|evidence</c>
/// (for example <c>IQ-NI|raid|2024-05-01|3|قتل ثلاثة إرهابيين</c>) gives one operation; each line
/// <c>TALLY|SCOPE|YEAR|OPERATIONS|KILLED|evidence</c> one official tally of that calendar year; other lines are ignored.
/// An empty PROVINCE or DATE gives none; the place is "test place" unless a seventh field names it (empty: no place).
/// </summary>
public sealed class FakeExtractor : IReportExtractor
{
    public string Version { get; set; } = "fake-1";

    public int Calls { get; private set; }

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        Calls++;
        var result = new ExtractionResult
        {
            Published = published,
            PublishedSource = published is null ? PublicationDateSource.Unknown : PublicationDateSource.Known,
        };
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split('|');
            if (parts.Length == 6 && parts[0] == TallyMark)
            {
                var year = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                result.Tallies.Add(new ExtractedTally
                {
                    Scope = parts[1],
                    PeriodStart = new DateOnly(year, 1, 1),
                    PeriodEnd = new DateOnly(year, 12, 31),
                    Operations = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture),
                    Killed = int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture),
                    ReportedBy = "Joint Operations Command",
                    Evidence = new Evidence(offset, offset + line.Length, line.TrimEnd('\r')),
                    Rule = "fake-tally",
                });
            }
            else if (parts.Length is 5 or 6 or 7)
            {
                var evidence = new Evidence(offset, offset + line.Length, line.TrimEnd('\r'));
                var op = new ExtractedOperation
                {
                    Province = parts[0].Length == 0 ? null : parts[0],
                    Kind = OpsTracker.Data.Queries.OperationFilter.ParseKind(parts[1]) ?? OperationKind.Other,
                    Date = parts[2].Length == 0 ? null : DateOnly.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                    DatePrecision = parts[2].Length == 0 ? DatePrecision.Unknown : DatePrecision.Day,
                    Place = parts.Length == 7 ? (parts[6].Length == 0 ? null : parts[6]) : "test place",
                    Evidence = evidence,
                    Rule = "fake",
                    Confidence = parts.Length >= 6 ? double.Parse(parts[5], System.Globalization.CultureInfo.InvariantCulture) : 1.0,
                };
                op.Actors.Add("Iraqi Army");
                if (int.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var killed))
                {
                    op.Casualties.Add(new ExtractedCasualty(CasualtySide.Isis, CasualtyCategory.Killed, killed, false, evidence, "fake", op.Confidence));
                }
                result.Operations.Add(op);
            }
            offset += line.Length + 1;
        }
        return result;
    }

    private const string TallyMark = "TALLY";

    /// <summary>A line giving an official tally of <paramref name="year"/> for <paramref name="scope"/> (IQ or a province).</summary>
    public static string Tally(string scope, int year, int operations, int killed, string evidence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TallyMark}|{scope}|{year}|{operations}|{killed}|{evidence}");

    /// <summary>One line of a test report in the fake's format.</summary>
    public static string Line(string province, string kind, string date, int killed, string evidence) =>
        $"{province}|{kind}|{date}|{killed}|{evidence}";

    /// <summary>One line whose operation is at <paramref name="place"/> (null: no place below the province).</summary>
    public static string LineAt(string province, string kind, string date, int killed, string evidence, string? place) =>
        $"{province}|{kind}|{date}|{killed}|{evidence}|1|{place}";

    /// <summary>A line whose operation and casualty figure the extractor trusts to <paramref name="confidence"/> (0..1).</summary>
    public static string Line(string province, string kind, string date, int killed, string evidence, double confidence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{province}|{kind}|{date}|{killed}|{evidence}|{confidence}");
}
