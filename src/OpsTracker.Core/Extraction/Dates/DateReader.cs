using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

/// <summary>
/// Reads Arabic date expressions from normalised report text (ArabicNormalizer.Normalize(original).Text):
/// calendar dates, months, years, weekdays and dates counted from publication. Word lists come from dates.json.
/// </summary>
public sealed class DateReader
{
    /// <summary>A dateline must start within this many characters of the text.</summary>
    private const int DatelineWindow = 400;

    /// <summary>Room after the window for the rest of a date and a clock time beside it.</summary>
    private const int DatelineSlack = 100;

    private static readonly Lazy<DateReader> Lazy = new(() => Load(EmbeddedData.Open("dates.json")));

    private readonly DateLexicon _lexicon;

    private DateReader(DateLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The date lexicon's tables (what <see cref="WordAnswers"/> answers for this reader).</summary>
    internal PhraseTableIndex Tables => _lexicon.Tables;

    public static DateReader Default => Lazy.Value;

    internal static DateReader Load(Stream json)
    {
        using (json)
        {
            return new DateReader(DateLexicon.Load(json));
        }
    }

    /// <summary>
    /// Every date mention, sorted by Start and not overlapping (the longest wins). Relative mentions are resolved
    /// against <paramref name="published"/>; without it their Date is null.
    /// </summary>
    public IReadOnlyList<DateMention> FindAll(string normalizedText, DateOnly? published) => FindAll(Scan(normalizedText), published);

    /// <summary>
    /// Scans <paramref name="normalizedText"/> once for date expressions. A report's dateline, its publication year
    /// and its mentions (resolved against one or two dates) are all read from the one scan.
    /// </summary>
    /// <param name="words">The text's tokens from <see cref="Tokenizer"/>, if the caller has them: the scan then looks no word up again.</param>
    /// <param name="answers">The <see cref="WordAnswers"/> <paramref name="words"/> were tokenized with, or null.</param>
    internal DateScan Scan(string normalizedText, IReadOnlyList<Token>? words = null, WordAnswers? answers = null)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var scanner = new DateScanner(_lexicon, normalizedText, words, answers);
        return new DateScan(normalizedText, scanner, scanner.Scan());
    }

    /// <summary>Every mention of the scan resolved against <paramref name="published"/> (see the string overload).</summary>
    internal IReadOnlyList<DateMention> FindAll(DateScan scan, DateOnly? published) =>
        scan.Hits.Select(hit => ToMention(scan.Text, hit, published)).ToList();

    /// <summary>The publication date a dateline near the start of a report gives, else null.</summary>
    public DateOnly? FindDateline(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return FindDateline(Scan(normalizedText[..Math.Min(normalizedText.Length, DatelineWindow + DatelineSlack)]));
    }

    /// <summary>The dateline of a scanned text: a day with its year, written where a dateline stands, near the start.</summary>
    internal static DateOnly? FindDateline(DateScan scan)
    {
        foreach (var hit in scan.Hits)
        {
            if (hit.Start >= DatelineWindow)
            {
                break;
            }
            if (hit.Spec is DaySpec { Year.Explicit: not null } day && scan.Scanner.IsDateline(hit) && day.Resolve(null).Date is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>
    /// The publication year: the dateline's, else one the text makes unambiguous: a year it calls current or last
    /// ('عام 2024 الجاري' -> 2024, 'العام الماضي 2022' -> 2023), or a tally over the latest year it names while it
    /// speaks of 'last year' ('خلال عام 2024 ... في العام الماضي' -> 2025). Else null.
    /// </summary>
    public int? InferPublicationYear(string normalizedText) => InferPublicationYear(Scan(normalizedText));

    /// <summary>The publication year of a scanned text (see the string overload).</summary>
    internal static int? InferPublicationYear(DateScan scan)
    {
        if (FindDateline(scan) is { } dateline)
        {
            return dateline.Year;
        }
        var specs = scan.Hits.Select(h => h.Spec).ToList();
        var years = specs.OfType<YearSpec>().ToList();

        // A written year with 'الجاري' or 'الماضي' beside it says outright where publication stands.
        var stated = years
            .Where(y => y.Year.Explicit is not null && y.Aside is not null)
            .Select(y => y.Year.Explicit!.Value - (int)y.Aside!.Value)
            .Distinct()
            .ToList();
        if (stated.Count > 0)
        {
            return stated.Count == 1 ? stated[0] : null;
        }
        return YearAfterLastYearsTally(specs, years);
    }

    /// <summary>
    /// A tally over year Y ('خلال عام Y'), Y the latest year the text names, and a mention of 'last year': the
    /// report looks back on Y from Y + 1.
    /// </summary>
    private static int? YearAfterLastYearsTally(List<DateSpec> specs, List<YearSpec> years)
    {
        var saysLastYear = specs.Any(s => YearOf(s) is { Offset: -1 });
        var latest = specs.Select(s => YearOf(s)?.Explicit).Max();
        if (!saysLastYear || latest is null)
        {
            return null;
        }
        return years.Any(y => y.InWindow && y.Year.Explicit == latest) ? latest + 1 : null;
    }

    private static YearRef? YearOf(DateSpec spec) => spec switch
    {
        YearSpec y => y.Year,
        MonthSpec m => m.Year,
        DaySpec d => d.Year,
        _ => null,
    };

    private static DateMention ToMention(string text, DateHit hit, DateOnly? published)
    {
        var r = Resolve(hit.Spec, published);
        return new DateMention(hit.Start, hit.End, hit.Kind, r.Date, r.Precision, text[hit.Start..hit.End], r.IsRelative, r.PeriodStart, r.PeriodEnd)
        {
            WindowDays = hit.Spec is LookbackSpec window ? window.ShortestDays : null,
        };
    }

    /// <summary>Resolves a mention; a publication date at the edge of the calendar leaves it unresolved.</summary>
    private static Resolution Resolve(DateSpec spec, DateOnly? published)
    {
        try
        {
            return spec.Resolve(published);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new Resolution(null, spec.Resolve(null).Precision, true);
        }
    }
}

/// <summary>One scan of a normalised text: its date hits in text order, and the scanner that can tell a dateline.</summary>
internal sealed record DateScan(string Text, DateScanner Scanner, IReadOnlyList<DateHit> Hits);

