using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction;

/// <summary>A span of the original text (UTF-16 offsets, end exclusive) and the text between them.</summary>
public sealed record Evidence(int Start, int End, string Text);

/// <param name="Confidence">How far the figure can be trusted, 0 to 1, from how it was read (see confidence.json).</param>
public sealed record ExtractedCasualty(
    CasualtySide Side,
    CasualtyCategory Category,
    int Count,
    bool Approximate,
    Evidence Evidence,
    string Rule,
    double Confidence = 1.0);

public sealed record ExtractedHideout(
    HideoutKind Kind,
    int Count,
    HideoutOutcome Outcome,
    Evidence Evidence,
    string Rule,
    bool Approximate = false,
    double Confidence = 1.0);

/// <summary>One operation found in a report: one place, one date, one action.</summary>
public sealed class ExtractedOperation
{
    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public string? RelativeDate { get; set; }
    /// <summary>Whether the text states the date or the report's announcement day stands for it (see <see cref="Domain.DateBasis"/>).</summary>
    public DateBasis DateBasis { get; set; }
    public string? Province { get; set; }
    public string? Place { get; set; }
    public OperationKind Kind { get; set; }
    public List<string> Actors { get; } = [];
    public List<ExtractedCasualty> Casualties { get; } = [];
    public List<ExtractedHideout> Hideouts { get; } = [];
    public int? Strikes { get; set; }
    public bool StrikesApproximate { get; set; }
    /// <summary>
    /// Where the strike figures are read: one span from the first strike figure to the last, null when there are no strikes.
    /// One span, not one per figure, because the strikes are one summed count on the operation (and one pair of columns
    /// in the database); when two strike figures lie in different sentences the span covers both.
    /// </summary>
    public Evidence? StrikesEvidence { get; set; }
    public required Evidence Evidence { get; set; }
    public string Rule { get; set; } = "";
    /// <summary>How far the operation can be trusted, 0 to 1: its least trusted figure, its place and date.</summary>
    public double Confidence { get; set; } = 1.0;

    public int? Killed => Sum(CasualtyCategory.Killed);
    public int? Arrested => Sum(CasualtyCategory.Arrested);
    public int? Wounded => Sum(CasualtyCategory.Wounded);

    public int? HideoutsDestroyed
    {
        get
        {
            // Loops, not a query and a list per figure: the JSON writer asks each of these of every operation.
            int? sum = null;
            foreach (var h in Hideouts)
            {
                if (h.Outcome == HideoutOutcome.Destroyed)
                {
                    sum = checked((sum ?? 0) + h.Count);
                }
            }
            return sum;
        }
    }

    /// <summary>True when any count of the operation is hedged (نحو، أكثر من، قرابة).</summary>
    public bool Approximate => StrikesApproximate || Casualties.Any(c => c.Approximate) || Hideouts.Any(h => h.Approximate);

    private int? Sum(CasualtyCategory category)
    {
        int? sum = null;
        foreach (var c in Casualties)
        {
            if (c.Side == CasualtySide.Isis && c.Category == category)
            {
                sum = checked((sum ?? 0) + c.Count);
            }
        }
        return sum;
    }
}

/// <summary>An official aggregate found in a report, never summed into operations.</summary>
public sealed class ExtractedTally
{
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>"IQ" for all Iraq, else the (first) province the tally counts: the contract's single code.</summary>
    public string Scope { get; set; } = "IQ";
    /// <summary>Every province the tally's statement names ("بين محافظتي صلاح الدين وديالى"); empty for all Iraq.</summary>
    public List<string> ScopeProvinces { get; } = [];
    public string? ReportedBy { get; set; }
    public int? Operations { get; set; }
    public int? Killed { get; set; }
    public int? Arrested { get; set; }
    public int? HideoutsDestroyed { get; set; }
    public int? IsisAttacks { get; set; }
    public bool Approximate { get; set; }
    public required Evidence Evidence { get; set; }
    public string Rule { get; set; } = "";
    /// <summary>How far the tally can be trusted, 0 to 1: its figures, its period and its authority.</summary>
    public double Confidence { get; set; } = 1.0;
}

public sealed class ExtractionResult
{
    /// <summary>The publication date used: given, or found in a dateline.</summary>
    public DateOnly? Published { get; set; }
    public PublicationDateSource PublishedSource { get; set; }
    /// <summary>A publication year the text makes unambiguous when no date is known ("results of 2024 ... last year" gives 2025).</summary>
    public int? InferredYear { get; set; }
    public List<ExtractedOperation> Operations { get; } = [];
    public List<ExtractedTally> Tallies { get; } = [];
}

/// <summary>Reads an Arabic report's text into operations and tallies.</summary>
public interface IReportExtractor
{
    /// <summary>Recorded with every report, so a changed extractor can re-extract.</summary>
    string Version { get; }

    ExtractionResult Extract(string text, DateOnly? published);
}
