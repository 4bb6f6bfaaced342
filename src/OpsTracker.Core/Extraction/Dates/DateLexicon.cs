using System.Text.Json;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Dates;

internal enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Where a qualifier places a day, month or year relative to publication; the value is the offset in units.</summary>
internal enum Direction
{
    Past = -1,
    Current = 0,
    Future = 1,
}

internal readonly record struct MonthWord(int Month, bool Strict);

/// <summary>A unit word; Count is 1 for the singular, 2 for the dual and null for the plural.</summary>
internal readonly record struct UnitWord(TimeUnit Unit, int? Count);

/// <summary>The word lists of dates.json, normalised. Sets map each phrase to itself.</summary>
internal sealed class DateLexicon
{
    private const string Article = "ال";

    private DateLexicon()
    {
        Months = new(StartWords);
        Weekdays = new(StartWords);
        OrdinalDays = new(StartWords);
        NumberWords = new(StartWords);
        Units = new(StartWords);
        DayOffsets = new(StartWords);
        Qualifiers = new(StartWords);
    }

    /// <summary>Every word a phrase of any table starts with.</summary>
    public HashSet<string> StartWords { get; } = new(StringComparer.Ordinal);

    public PhraseTable<MonthWord> Months { get; }
    public PhraseTable<DayOfWeek> Weekdays { get; }
    public PhraseTable<int> OrdinalDays { get; }
    public PhraseTable<int> NumberWords { get; }
    public PhraseTable<UnitWord> Units { get; }
    public PhraseTable<int> DayOffsets { get; }
    public PhraseTable<Direction> Qualifiers { get; }

    public PhraseTable<string> WeekdayBlockers { get; private set; } = null!;
    public PhraseTable<string> TodayBlockers { get; private set; } = null!;
    public PhraseTable<string> TimesOfDay { get; private set; } = null!;
    public PhraseTable<string> DayNouns { get; private set; } = null!;
    public PhraseTable<string> LookbackQualifiers { get; private set; } = null!;
    public PhraseTable<string> This { get; private set; } = null!;
    public PhraseTable<string> Of { get; private set; } = null!;
    public PhraseTable<string> WeekNouns { get; private set; } = null!;
    public PhraseTable<string> MonthNouns { get; private set; } = null!;
    public PhraseTable<string> DefiniteMonthNouns { get; private set; } = null!;
    public PhraseTable<string> YearNouns { get; private set; } = null!;
    public PhraseTable<string> DefiniteYearNouns { get; private set; } = null!;
    public PhraseTable<string> PartOfPeriod { get; private set; } = null!;
    public PhraseTable<string> StartOfPeriod { get; private set; } = null!;
    public PhraseTable<string> Since { get; private set; } = null!;
    public PhraseTable<string> During { get; private set; } = null!;
    public PhraseTable<string> Ago { get; private set; } = null!;
    public PhraseTable<string> AgoBlockers { get; private set; } = null!;
    public PhraseTable<string> StrongYearCues { get; private set; } = null!;
    public PhraseTable<string> WeakYearCues { get; private set; } = null!;
    public PhraseTable<string> RangeConnectors { get; private set; } = null!;
    public PhraseTable<string> ClockWords { get; private set; } = null!;
    public PhraseTable<string> DatelineCues { get; private set; } = null!;
    public HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);

    public static DateLexicon Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var lexicon = new DateLexicon();
        lexicon.LoadCalendar(root);
        lexicon.LoadRelative(root);
        lexicon.LoadCues(root);
        return lexicon;
    }

    private void LoadCalendar(JsonElement root)
    {
        var strict = Strings(root, "strictMonthNames").Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("months").EnumerateArray())
        {
            var month = entry.GetProperty("month").GetInt32();
            foreach (var name in Strings(entry, "names"))
            {
                Months.Add(name, new MonthWord(month, strict.Contains(ArabicNormalizer.NormalizeTerm(name))));
            }
        }
        foreach (var entry in root.GetProperty("weekdays").EnumerateArray())
        {
            var day = Enum.Parse<DayOfWeek>(entry.GetProperty("day").GetString()!);
            AddAll(Weekdays, Strings(entry, "names"), day);
        }
        foreach (var entry in root.GetProperty("ordinalDays").EnumerateArray())
        {
            AddAll(OrdinalDays, Strings(entry, "names"), entry.GetProperty("day").GetInt32());
        }
        WeekdayBlockers = Set(root, "weekdayBlockers");
    }

    private void LoadRelative(JsonElement root)
    {
        foreach (var entry in root.GetProperty("numberWords").EnumerateArray())
        {
            AddWithArticle(NumberWords, Strings(entry, "names"), entry.GetProperty("value").GetInt32());
        }
        foreach (var entry in root.GetProperty("units").EnumerateArray())
        {
            var unit = Enum.Parse<TimeUnit>(entry.GetProperty("unit").GetString()!);
            AddWithArticle(Units, Strings(entry, "singular"), new UnitWord(unit, 1));
            AddWithArticle(Units, Strings(entry, "dual"), new UnitWord(unit, 2));
            AddWithArticle(Units, Strings(entry, "plural"), new UnitWord(unit, null));
        }
        foreach (var entry in root.GetProperty("dayOffsets").EnumerateArray())
        {
            AddAll(DayOffsets, Strings(entry, "names"), entry.GetProperty("offset").GetInt32());
        }
        var qualifiers = root.GetProperty("qualifiers");
        AddAll(Qualifiers, Strings(qualifiers, "past"), Direction.Past);
        AddAll(Qualifiers, Strings(qualifiers, "current"), Direction.Current);
        AddAll(Qualifiers, Strings(qualifiers, "future"), Direction.Future);
        LookbackQualifiers = Set(root, "lookbackQualifiers");
        TodayBlockers = Set(root, "todayBlockers");
        TimesOfDay = Set(root, "timesOfDay");
        DayNouns = Set(root, "dayNouns");
    }

    private void LoadCues(JsonElement root)
    {
        This = Set(root, "this");
        Of = Set(root, "of");
        WeekNouns = Set(root, "weekNouns");
        MonthNouns = Set(root, "monthNouns");
        DefiniteMonthNouns = Set(root, "definiteMonthNouns");
        YearNouns = Set(root, "yearNouns");
        DefiniteYearNouns = Set(root, "definiteYearNouns");
        PartOfPeriod = Set(root, "partOfPeriod");
        StartOfPeriod = Set(root, "startOfPeriod");
        Since = Set(root, "since");
        During = Set(root, "during");
        Ago = Set(root, "ago");
        AgoBlockers = Set(root, "agoBlockers");
        StrongYearCues = Set(root.GetProperty("yearCues"), "strong");
        WeakYearCues = Set(root.GetProperty("yearCues"), "weak");
        RangeConnectors = Set(root, "rangeConnectors");
        ClockWords = Set(root, "clockWords");
        DatelineCues = Set(root, "datelineCues");
        OrdinalSuffixes.UnionWith(Strings(root, "ordinalSuffixes").Select(ArabicNormalizer.NormalizeTerm));
    }

    private PhraseTable<string> Set(JsonElement parent, string property)
    {
        var table = new PhraseTable<string>(StartWords);
        foreach (var phrase in Strings(parent, property))
        {
            table.Add(phrase, ArabicNormalizer.NormalizeTerm(phrase));
        }
        return table;
    }

    private static void AddAll<T>(PhraseTable<T> table, IEnumerable<string> phrases, T value)
    {
        foreach (var phrase in phrases)
        {
            table.Add(phrase, value);
        }
    }

    /// <summary>Adds each phrase and its definite form: ستة and الستة, أشهر and الأشهر.</summary>
    private static void AddWithArticle<T>(PhraseTable<T> table, IEnumerable<string> phrases, T value)
    {
        foreach (var phrase in phrases)
        {
            table.Add(phrase, value);
            table.Add(Article + ArabicNormalizer.NormalizeTerm(phrase), value);
        }
    }

    private static IEnumerable<string> Strings(JsonElement parent, string property) =>
        parent.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "");
}
