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

/// <summary>The word lists of dates.json, normalised. Plain word sets map each phrase to itself.</summary>
internal sealed class DateLexicon
{
    private DateLexicon(JsonElement root)
    {
        Months = LoadMonths(root);
        Weekdays = LoadKeyed(root, "weekdays", "day", e => Enum.Parse<DayOfWeek>(e.GetString()!));
        OrdinalDays = LoadKeyed(root, "ordinalDays", "day", e => e.GetInt32());
        NumberWords = LoadKeyed(root, "numberWords", "value", e => e.GetInt32(), withArticle: true);
        DayOffsets = LoadKeyed(root, "dayOffsets", "offset", e => e.GetInt32());
        Units = LoadUnits(root);
        Qualifiers = LoadQualifiers(root.GetProperty("qualifiers"));

        WeekdayBlockers = Set(root, "weekdayBlockers");
        NumeralWeekdays = Set(root, "numeralWeekdays");
        TodayBlockers = Set(root, "todayBlockers");
        TimesOfDay = Set(root, "timesOfDay");
        DayNouns = Set(root, "dayNouns");
        LookbackQualifiers = Set(root, "lookbackQualifiers");
        FirstPartOrdinals = Set(root, "firstPartOrdinals");
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
        HourNouns = Set(root, "hourNouns");
        HijriMonths = LoadKeyed(root, "hijriMonths", "month", e => e.GetInt32());
        HijriYearMarks = Set(root, "hijriYearMarks");
        NumericDayMonthCues = Set(root, "numericDayMonthCues");
        OrdinalSuffixes = Strings(root, "ordinalSuffixes").Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The first words of every table and the tables each starts (<see cref="PhraseTableIndex"/>).</summary>
    public PhraseTableIndex Tables { get; } = new();

    /// <summary>Every word a phrase of any table starts with, so that a scanner can skip all other words.</summary>
    public HashSet<string> StartWords => Tables.Words;

    public PhraseTable<MonthWord> Months { get; }
    public PhraseTable<DayOfWeek> Weekdays { get; }
    public PhraseTable<int> OrdinalDays { get; }
    public PhraseTable<int> NumberWords { get; }
    public PhraseTable<int> DayOffsets { get; }
    public PhraseTable<UnitWord> Units { get; }
    public PhraseTable<Direction> Qualifiers { get; }

    public PhraseTable<string> WeekdayBlockers { get; }

    /// <summary>Weekday names that are also numerals ('الاثنين' = 'the two' after a definite dual or plural noun).</summary>
    public PhraseTable<string> NumeralWeekdays { get; }
    public PhraseTable<string> TodayBlockers { get; }
    public PhraseTable<string> TimesOfDay { get; }
    public PhraseTable<string> DayNouns { get; }
    public PhraseTable<string> LookbackQualifiers { get; }

    /// <summary>'الأولى' after a count of units: the first part of what follows, not a window back ('الأشهر الأربعة الأولى من السنة').</summary>
    public PhraseTable<string> FirstPartOrdinals { get; }
    public PhraseTable<string> This { get; }
    public PhraseTable<string> Of { get; }
    public PhraseTable<string> WeekNouns { get; }
    public PhraseTable<string> MonthNouns { get; }
    public PhraseTable<string> DefiniteMonthNouns { get; }
    public PhraseTable<string> YearNouns { get; }
    public PhraseTable<string> DefiniteYearNouns { get; }
    public PhraseTable<string> PartOfPeriod { get; }
    public PhraseTable<string> StartOfPeriod { get; }
    public PhraseTable<string> Since { get; }
    public PhraseTable<string> During { get; }
    public PhraseTable<string> Ago { get; }
    public PhraseTable<string> AgoBlockers { get; }
    public PhraseTable<string> StrongYearCues { get; }
    public PhraseTable<string> WeakYearCues { get; }
    public PhraseTable<string> RangeConnectors { get; }
    public PhraseTable<string> ClockWords { get; }
    public PhraseTable<string> DatelineCues { get; }

    /// <summary>Hijri month names ('شوال', 'ذي الحجة'), read only after a day.</summary>
    public PhraseTable<int> HijriMonths { get; }

    /// <summary>What follows a Hijri year ('1444 هـ').</summary>
    public PhraseTable<string> HijriYearMarks { get; }

    /// <summary>Hours in a window back from the announcement ('خلال الساعات الـ24 الماضية').</summary>
    public PhraseTable<string> HourNouns { get; }

    /// <summary>Words that make a bare day/month ('يوم 15/5') a date rather than an article number or a fraction.</summary>
    public PhraseTable<string> NumericDayMonthCues { get; }
    public HashSet<string> OrdinalSuffixes { get; }

    public static DateLexicon Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        return new DateLexicon(doc.RootElement);
    }

    private PhraseTable<MonthWord> LoadMonths(JsonElement root)
    {
        var strict = Strings(root, "strictMonthNames").Select(ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        var table = new PhraseTable<MonthWord>(Tables);
        foreach (var entry in root.GetProperty("months").EnumerateArray())
        {
            var month = entry.GetProperty("month").GetInt32();
            foreach (var name in Strings(entry, "names"))
            {
                table.Add(name, new MonthWord(month, strict.Contains(ArabicNormalizer.NormalizeTerm(name))));
            }
        }
        return table;
    }

    /// <summary>Entries of the form { key: value, "names": [...] }.</summary>
    private PhraseTable<T> LoadKeyed<T>(JsonElement root, string property, string key, Func<JsonElement, T> read, bool withArticle = false)
    {
        var table = new PhraseTable<T>(Tables);
        foreach (var entry in root.GetProperty(property).EnumerateArray())
        {
            Add(table, Strings(entry, "names"), read(entry.GetProperty(key)), withArticle);
        }
        return table;
    }

    private PhraseTable<UnitWord> LoadUnits(JsonElement root)
    {
        var table = new PhraseTable<UnitWord>(Tables);
        foreach (var entry in root.GetProperty("units").EnumerateArray())
        {
            var unit = Enum.Parse<TimeUnit>(entry.GetProperty("unit").GetString()!);
            Add(table, Strings(entry, "singular"), new UnitWord(unit, 1), withArticle: true);
            Add(table, Strings(entry, "dual"), new UnitWord(unit, 2), withArticle: true);
            Add(table, Strings(entry, "plural"), new UnitWord(unit, null), withArticle: true);
        }
        return table;
    }

    private PhraseTable<Direction> LoadQualifiers(JsonElement qualifiers)
    {
        var table = new PhraseTable<Direction>(Tables);
        Add(table, Strings(qualifiers, "past"), Direction.Past);
        Add(table, Strings(qualifiers, "current"), Direction.Current);
        Add(table, Strings(qualifiers, "future"), Direction.Future);
        return table;
    }

    private PhraseTable<string> Set(JsonElement parent, string property)
    {
        var table = new PhraseTable<string>(Tables);
        foreach (var phrase in Strings(parent, property))
        {
            table.Add(phrase, ArabicNormalizer.NormalizeTerm(phrase));
        }
        return table;
    }

    /// <summary>Adds each phrase, and with withArticle its definite form too: ستة and الستة, أشهر and الأشهر.</summary>
    private static void Add<T>(PhraseTable<T> table, IEnumerable<string> phrases, T value, bool withArticle = false)
    {
        foreach (var phrase in phrases)
        {
            table.Add(phrase, value);
            if (withArticle)
            {
                table.Add(Article.Letters + ArabicNormalizer.NormalizeTerm(phrase), value);
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement parent, string property) =>
        parent.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "");
}
