using System.Security.Cryptography;
using System.Text;
using Bogus;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Data.Generation;

/// <summary>What to generate: <see cref="Operations"/> operations dated from 2014-01-01 to <see cref="Until"/>.</summary>
/// <param name="Operations">How many operations, at least 1.</param>
/// <param name="Seed">The same seed, count and end date give the same rows.</param>
/// <param name="Until">The last date an operation or a report may carry (normally today).</param>
/// <param name="IngestedAtUtc">Stored as every report's ingestion time; not part of what the seed decides.</param>
public sealed record GenerationOptions(int Operations, int Seed, DateOnly Until, DateTime IngestedAtUtc)
{
    public const int MaxOperations = 10_000_000;

    /// <summary>Throws when the options cannot give a valid data set.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Operations, 1, nameof(Operations));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Operations, MaxOperations, nameof(Operations));
        if (Until < EarliestUntil)
        {
            throw new ArgumentOutOfRangeException(nameof(Until), Until, $"The end date must be on or after {EarliestUntil:yyyy-MM-dd}.");
        }
    }

    /// <summary>The earliest end date: reports are dated a week after the first date at least.</summary>
    public static DateOnly EarliestUntil => SyntheticData.FirstDate.AddDays(MinReportOffsetDays);

    /// <summary>Reports are dated at least this many days after the first date, so the days before them stay in range.</summary>
    internal const int MinReportOffsetDays = 7;
}

/// <summary>
/// Synthetic reports for tests, demonstrations and benchmarks: Arabic texts composed from templates, with the
/// operations, casualties, hideouts and official tallies they tell, every evidence span pointing into the text.
/// Everything is drawn from one Bogus <see cref="Randomizer"/> seeded with <see cref="GenerationOptions.Seed"/>, in a
/// fixed order, so one seed (with the same count and end date) always gives the same rows.
/// </summary>
/// <remarks>
/// Reports come first, each telling one to six operations dated on or shortly before its publication date; then one
/// report per complete year announcing that year's official tallies (all Iraq and its three busiest provinces),
/// derived from the generated operations but, like real announcements, not equal to their sum.
/// </remarks>
public sealed class SyntheticReportGenerator
{
    private const int MaxOperationsPerReport = 6;
    private const string Dateline = "بغداد";

    /// <summary>How much of the campaign each province saw; a province not listed weighs 1.</summary>
    private static readonly Dictionary<string, double> ProvinceWeights = new(StringComparer.Ordinal)
    {
        ["IQ-AN"] = 14, ["IQ-NI"] = 14, ["IQ-SD"] = 12, ["IQ-KI"] = 10, ["IQ-DI"] = 10, ["IQ-BG"] = 8, ["IQ-BB"] = 4,
        ["IQ-AR"] = 3, ["IQ-SU"] = 2, ["IQ-DA"] = 2, ["IQ-WA"] = 2, ["IQ-MU"] = 1.5, ["IQ-BA"] = 1.5,
    };

    private static readonly (OperationKind Kind, double Weight)[] KindWeights =
    [
        (OperationKind.Airstrike, 14), (OperationKind.Search, 20), (OperationKind.Raid, 18), (OperationKind.Arrest, 20),
        (OperationKind.Clash, 9), (OperationKind.IsisAttack, 12), (OperationKind.Other, 7),
    ];

    private static readonly HideoutKind[] HideoutKinds =
        [HideoutKind.Den, HideoutKind.Hideout, HideoutKind.GuestHouse, HideoutKind.Tunnel, HideoutKind.Cave];

    private readonly GenerationOptions _options;
    private readonly Dictionary<string, Province> _provinces;
    private readonly Dictionary<string, GazetteerEntry[]> _places;
    private readonly WeightedChoice<Province> _provinceChoice;
    private readonly WeightedChoice<OperationKind> _kindChoice;
    private readonly WeightedChoice<int> _yearChoice;

    public SyntheticReportGenerator(GenerationOptions options, ProvinceCatalog? provinces = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        var catalog = provinces ?? ProvinceCatalog.Default;
        _provinces = catalog.All.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _provinceChoice = new WeightedChoice<Province>(catalog.All.Select(p => (p, ProvinceWeights.GetValueOrDefault(p.Code, 1.0))));
        _kindChoice = new WeightedChoice<OperationKind>(KindWeights);
        _places = (gazetteer ?? Gazetteer.Default).Entries
            .Where(e => e.Type != PlaceType.Province && e.ProvinceCode is not null && !e.AmbiguousWord)
            .GroupBy(e => e.ProvinceCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _yearChoice = new WeightedChoice<int>(YearWeights(options.Until));
    }

    /// <summary>The reports, lazily and always in the same order: first those telling operations, then the tallies.</summary>
    public IEnumerable<Report> Reports()
    {
        var random = new Randomizer(_options.Seed);
        var tallies = new TallyCounter();
        var remaining = _options.Operations;
        var number = 0;
        while (remaining > 0)
        {
            var count = Math.Min(remaining, random.Number(1, MaxOperationsPerReport));
            remaining -= count;
            yield return OperationsReport(random, ++number, count, tallies);
        }
        foreach (var year in tallies.Years.Where(y => y < _options.Until.Year))
        {
            yield return TallyReport(random, ++number, year, tallies);
        }
    }

    private Report OperationsReport(Randomizer random, int number, int operations, TallyCounter tallies)
    {
        var published = PublicationDate(random);
        var text = new SpanWriter();
        text.Append($"{Dateline} - {ArabicPhrases.Date(published)}: أعلنت خلية الإعلام الأمني نتائج عمليات القوات الأمنية ضد بقايا عصابات داعش الإرهابية.");
        var report = NewReport(number, published);
        for (var i = 0; i < operations; i++)
        {
            text.Append("\n");
            var operation = Operation(random, published, text);
            report.Operations.Add(operation);
            tallies.Add(operation.Date?.Year ?? published.Year, operation);
        }
        return Finish(report, text);
    }

    private Operation Operation(Randomizer random, DateOnly published, SpanWriter text)
    {
        var kind = _kindChoice.Pick(random);
        var province = _provinceChoice.Pick(random);
        var (date, precision, datePhrase) = OperationDate(random, published);
        var forces = Forces(random, kind, province.Code);
        var place = _places.TryGetValue(province.Code, out var candidates) && random.Bool(0.9f) ? random.ArrayElement(candidates) : null;
        int? strikes = kind == OperationKind.Airstrike && random.Bool(0.85f) ? Count(random, 1, 4, 12) : null;

        var operation = new Operation
        {
            Date = date,
            DatePrecision = precision,
            RelativeDate = precision == DatePrecision.Unknown ? datePhrase : null,
            ProvinceCode = province.Code,
            Place = place?.NameAr,
            Kind = kind,
            Actors = [.. forces.Select(f => f.Name)],
            Strikes = strikes,
            Rule = SyntheticData.Rule,
        };

        var start = text.Length;
        text.Append($"{datePhrase}، {Action(random, kind, forces, strikes)} في {PlacePhrase(place, province)}");
        var casualties = Casualties(random, kind);
        var hideouts = Hideouts(random, kind);
        var clauses = casualties.Count + hideouts.Count;
        if (clauses > 0)
        {
            text.Append("، ما أسفر عن ");
            var written = 0;
            foreach (var c in casualties)
            {
                var group = c.Side switch
                {
                    CasualtySide.Security => random.ArrayElement(ArabicPhrases.PeshmergaProvinces.Contains(province.Code)
                        ? ArabicPhrases.PeshmergaSecurityGroups
                        : ArabicPhrases.SecurityGroups),
                    CasualtySide.Civilian => random.ArrayElement(ArabicPhrases.CivilianGroups),
                    _ => random.ArrayElement(ArabicPhrases.UnknownArrestedGroups),
                };
                var (s, e, t) = text.Append((written++ > 0 ? " و" : "") , ArabicPhrases.CasualtyPhrase(c.Side, c.Category, c.Count, c.Hedge, group));
                operation.Casualties.Add(new Casualty
                {
                    Side = c.Side,
                    Category = c.Category,
                    Count = c.Count,
                    Approximate = c.Hedge is not null,
                    EvidenceStart = s,
                    EvidenceEnd = e,
                    EvidenceText = t,
                });
            }
            foreach (var h in hideouts)
            {
                var (s, e, t) = text.Append((written++ > 0 ? " و" : ""), ArabicPhrases.HideoutPhrase(h.Kind, h.Count, h.Outcome));
                operation.Hideouts.Add(new Hideout
                {
                    Kind = h.Kind,
                    Count = h.Count,
                    Outcome = h.Outcome,
                    EvidenceStart = s,
                    EvidenceEnd = e,
                    EvidenceText = t,
                });
            }
        }
        operation.EvidenceStart = start;
        operation.EvidenceEnd = text.Length;
        operation.EvidenceText = text.Slice(start, text.Length);
        operation.Approximate = operation.Casualties.Any(c => c.Approximate);
        text.Append(".");
        return operation;
    }

    private DateOnly PublicationDate(Randomizer random)
    {
        var first = SyntheticData.FirstDate.AddDays(GenerationOptions.MinReportOffsetDays);
        var year = _yearChoice.Pick(random);
        var from = year == first.Year ? first : new DateOnly(year, 1, 1);
        var to = year == _options.Until.Year ? _options.Until : new DateOnly(year, 12, 31);
        return from.AddDays(random.Number(0, to.DayNumber - from.DayNumber));
    }

    /// <summary>Mostly a day (today, yesterday, a date a few days back); some weeks, months, years, and vague times.</summary>
    private static (DateOnly? Date, DatePrecision Precision, string Phrase) OperationDate(Randomizer random, DateOnly published)
    {
        var roll = random.Double();
        if (roll < 0.78)
        {
            var back = random.Number(0, 4);
            var day = published.AddDays(-back);
            return (day, DatePrecision.Day, back switch
            {
                0 => "اليوم",
                1 => "أمس",
                _ => "في " + ArabicPhrases.Date(day),
            });
        }
        if (roll < 0.81)
        {
            return (published.AddDays(-7), DatePrecision.Week, "الأسبوع الماضي");
        }
        if (roll < 0.89)
        {
            var month = new DateOnly(published.Year, published.Month, 1).AddMonths(-1);
            if (month >= SyntheticData.FirstDate)
            {
                return (month, DatePrecision.Month, $"خلال شهر {ArabicPhrases.Months[month.Month - 1]} الماضي");
            }
            return (published, DatePrecision.Day, "اليوم");
        }
        if (roll < 0.94)
        {
            var lastYear = published.Year - 1;
            return lastYear >= SyntheticData.FirstDate.Year
                ? (new DateOnly(lastYear, 1, 1), DatePrecision.Year, $"خلال عام {CountedNoun.Digits(lastYear)}")
                : (new DateOnly(published.Year, 1, 1), DatePrecision.Year, "منذ بداية العام الحالي");
        }
        return (null, DatePrecision.Unknown, random.ArrayElement(ArabicPhrases.VagueTimes));
    }

    private static Force[] Forces(Randomizer random, OperationKind kind, string province)
    {
        if (kind == OperationKind.IsisAttack)
        {
            return [];
        }
        if (kind == OperationKind.Airstrike)
        {
            var roll = random.Double();
            return roll switch
            {
                < 0.45 => [ArabicPhrases.AirForce],
                < 0.70 => [ArabicPhrases.ArmyAviation],
                < 0.90 => [ArabicPhrases.Coalition],
                _ => [ArabicPhrases.AirForce, ArabicPhrases.Coalition],
            };
        }
        var kurdish = ArabicPhrases.PeshmergaProvinces.Contains(province);
        var first = kurdish && random.Bool(province is "IQ-AR" or "IQ-DA" or "IQ-SU" or "IQ-HA" ? 0.8f : 0.25f)
            ? ArabicPhrases.Peshmerga
            : random.ArrayElement(ArabicPhrases.GroundForces);
        if (random.Bool(0.25f))
        {
            var second = kind == OperationKind.Clash && random.Bool(0.4f)
                ? (random.Bool(0.5f) ? ArabicPhrases.ArmyAviation : ArabicPhrases.Coalition)
                : random.ArrayElement(ArabicPhrases.GroundForces);
            if (second != first)
            {
                return [first, second];
            }
        }
        return [first];
    }

    private static string Action(Randomizer random, OperationKind kind, Force[] forces, int? strikes)
    {
        var names = string.Join(" و", forces.Select(f => f.Arabic));
        return kind switch
        {
            OperationKind.Airstrike => $"نُفذت {ArabicPhrases.StrikesPhrase(strikes)} من قبل {names} على مواقع لعصابات داعش",
            OperationKind.Search => $"نفذت قوات من {names} عملية تفتيش وتطهير",
            OperationKind.Raid => $"داهمت قوة من {names} أوكاراً لعصابات داعش",
            OperationKind.Arrest => $"نصبت قوة من {names} كميناً محكماً لعناصر من عصابات داعش",
            OperationKind.Clash => $"اشتبكت قوات من {names} مع عناصر من عصابات داعش",
            OperationKind.IsisAttack => $"هاجمت عناصر من عصابات داعش {random.ArrayElement(ArabicPhrases.AttackTargets)}",
            _ => random.Bool(0.5f)
                ? $"عثرت قوات من {names} على مخلفات لعصابات داعش"
                : $"فككت قوات من {names} عبوات ناسفة زرعتها عصابات داعش",
        };
    }

    private static string PlacePhrase(GazetteerEntry? place, Province province)
    {
        if (place is null)
        {
            return "محافظة " + province.NameAr;
        }
        var cue = place.Type switch
        {
            PlaceType.City => "مدينة ",
            PlaceType.District => "قضاء ",
            PlaceType.SubDistrict => "ناحية ",
            PlaceType.Town => "بلدة ",
            PlaceType.Village => "قرية ",
            PlaceType.Area => "منطقة ",
            _ => "",
        };
        return $"{cue}{place.NameAr} بمحافظة {province.NameAr}";
    }

    private readonly record struct CasualtyDraft(CasualtySide Side, CasualtyCategory Category, int Count, string? Hedge);

    private static List<CasualtyDraft> Casualties(Randomizer random, OperationKind kind)
    {
        var list = new List<CasualtyDraft>();
        void Maybe(double p, CasualtySide side, CasualtyCategory category, int low, int mid, int high)
        {
            if (random.Double() < p)
            {
                var count = Count(random, low, mid, high);
                var hedge = count >= 5 && random.Bool(0.15f) ? random.ArrayElement(ArabicPhrases.Hedges) : null;
                list.Add(new CasualtyDraft(side, category, count, hedge));
            }
        }

        const CasualtySide isis = CasualtySide.Isis, security = CasualtySide.Security, civilian = CasualtySide.Civilian, unknown = CasualtySide.Unknown;
        const CasualtyCategory killed = CasualtyCategory.Killed, wounded = CasualtyCategory.Wounded, arrested = CasualtyCategory.Arrested;
        switch (kind)
        {
            case OperationKind.Airstrike:
                Maybe(0.75, isis, killed, 1, 8, 40);
                Maybe(0.10, isis, wounded, 1, 4, 10);
                break;
            case OperationKind.Search:
                Maybe(0.25, isis, arrested, 1, 4, 12);
                Maybe(0.10, isis, killed, 1, 3, 8);
                Maybe(0.10, unknown, arrested, 1, 4, 15);
                break;
            case OperationKind.Raid:
                Maybe(0.45, isis, killed, 1, 5, 20);
                Maybe(0.50, isis, arrested, 1, 5, 15);
                Maybe(0.10, isis, wounded, 1, 3, 6);
                break;
            case OperationKind.Arrest:
                if (random.Bool(0.85f))
                {
                    Maybe(1, isis, arrested, 1, 5, 25);
                }
                else
                {
                    Maybe(1, unknown, arrested, 1, 5, 20);
                }
                break;
            case OperationKind.Clash:
                Maybe(0.70, isis, killed, 1, 6, 30);
                Maybe(0.25, isis, wounded, 1, 4, 10);
                Maybe(0.25, security, killed, 1, 3, 8);
                Maybe(0.40, security, wounded, 1, 4, 12);
                Maybe(0.05, civilian, wounded, 1, 3, 6);
                break;
            case OperationKind.IsisAttack:
                Maybe(0.45, security, killed, 1, 4, 15);
                Maybe(0.50, security, wounded, 1, 5, 20);
                Maybe(0.04, security, arrested, 1, 2, 4);
                Maybe(0.35, civilian, killed, 1, 5, 25);
                Maybe(0.30, civilian, wounded, 1, 6, 30);
                Maybe(0.08, civilian, arrested, 1, 3, 10);
                Maybe(0.08, unknown, killed, 1, 3, 10);
                Maybe(0.05, unknown, wounded, 1, 3, 10);
                Maybe(0.20, isis, killed, 1, 3, 8);
                if (list.Count == 0)
                {
                    Maybe(1, security, wounded, 1, 2, 4);
                }
                break;
            default:
                Maybe(0.05, isis, killed, 1, 2, 5);
                Maybe(0.05, isis, arrested, 1, 2, 5);
                break;
        }
        return list;
    }

    private readonly record struct HideoutDraft(HideoutKind Kind, int Count, HideoutOutcome Outcome);

    private static List<HideoutDraft> Hideouts(Randomizer random, OperationKind kind)
    {
        var (p, destroyed) = kind switch
        {
            OperationKind.Airstrike => (0.60, 1.0),
            OperationKind.Search => (0.55, 0.6),
            OperationKind.Raid => (0.30, 0.7),
            OperationKind.Other => (0.50, 0.3),
            OperationKind.Clash => (0.10, 0.8),
            _ => (0.0, 1.0),
        };
        var list = new List<HideoutDraft>();
        if (random.Double() < p)
        {
            var rows = random.Bool(0.2f) ? 2 : 1;
            var first = random.ArrayElement(HideoutKinds);
            for (var i = 0; i < rows; i++)
            {
                var hk = i == 0 ? first : HideoutKinds[(Array.IndexOf(HideoutKinds, first) + 1 + random.Number(0, HideoutKinds.Length - 2)) % HideoutKinds.Length];
                var outcome = random.Double() < destroyed ? HideoutOutcome.Destroyed : HideoutOutcome.Found;
                list.Add(new HideoutDraft(hk, Count(random, 1, 3, 12), outcome));
            }
        }
        return list;
    }

    /// <summary>Mostly small counts: from <paramref name="low"/> to <paramref name="mid"/> four times in five, else up to <paramref name="high"/>.</summary>
    private static int Count(Randomizer random, int low, int mid, int high) =>
        random.Bool(0.8f) ? random.Number(low, mid) : random.Number(mid, high);

    private Report TallyReport(Randomizer random, int number, int year, TallyCounter counter)
    {
        var announced = new DateOnly(year + 1, 1, random.Number(2, 20));
        if (announced > _options.Until)
        {
            announced = _options.Until;
        }
        var report = NewReport(number, announced);
        var text = new SpanWriter();
        var yearText = CountedNoun.Digits(year);
        text.Append($"{Dateline} - {ArabicPhrases.Date(announced)}: أصدرت قيادة العمليات المشتركة حصيلة عمليات القوات الأمنية ضد عصابات داعش الإرهابية لعام {yearText}.");

        var scopes = counter.BusiestProvinces(year, 3).Prepend("IQ");
        foreach (var scope in scopes)
        {
            var actual = counter.Get(year, scope);
            // Official figures count operations no report told one by one, and are rounded when announced.
            var approximate = random.Bool(0.2f);
            int? Official(int value, bool keep) => keep && value > 0 ? Round((int)Math.Ceiling(value * (1 + random.Double() * 0.5)), approximate) : null;
            var tally = new ReportedTally
            {
                PeriodStart = new DateOnly(year, 1, 1),
                PeriodEnd = new DateOnly(year, 12, 31),
                Scope = scope,
                ReportedBy = ArabicPhrases.JointOperations.Name,
                AnnouncedOn = announced,
                Approximate = approximate,
                Rule = SyntheticData.Rule,
            };
            tally.Operations = Official(actual.Operations, keep: true);
            tally.Killed = Official(actual.Killed, random.Bool(0.9f));
            tally.Arrested = Official(actual.Arrested, random.Bool(0.9f));
            tally.HideoutsDestroyed = Official(actual.HideoutsDestroyed, random.Bool(0.7f));
            tally.IsisAttacks = Official(actual.IsisAttacks, scope == "IQ" || random.Bool(0.5f));

            text.Append("\n");
            var where = scope == "IQ" ? "في عموم العراق" : "في محافظة " + _provinces[scope].NameAr;
            var hedge = approximate ? "أكثر من" : null;
            var clauses = new List<string>();
            if (tally.Killed is { } k)
            {
                clauses.Add("مقتل " + ArabicPhrases.IsisMembers.Count(k, hedge));
            }
            if (tally.Arrested is { } a)
            {
                clauses.Add("اعتقال " + ArabicPhrases.IsisMembers.Count(a, hedge));
            }
            if (tally.HideoutsDestroyed is { } h)
            {
                clauses.Add("تدمير " + ArabicPhrases.Hideouts[HideoutKind.Den].Count(h, hedge));
            }
            var sentence = $"نفذت القوات الأمنية خلال عام {yearText} {where} {ArabicPhrases.Operations.Count(tally.Operations!.Value, hedge)}";
            if (clauses.Count > 0)
            {
                sentence += "، أسفرت عن " + string.Join(" و", clauses);
            }
            if (tally.IsisAttacks is { } x)
            {
                sentence += $"، فيما بلغ عدد هجمات داعش {ArabicPhrases.Attacks.Count(x, hedge)}";
            }
            var (s, e, t) = text.Append("", sentence);
            tally.EvidenceStart = s;
            tally.EvidenceEnd = e;
            tally.EvidenceText = t;
            text.Append(".");
            report.Tallies.Add(tally);
        }
        return Finish(report, text);
    }

    /// <summary>Announced figures end in 0 or 5 when hedged ("more than 340").</summary>
    private static int Round(int value, bool approximate) => approximate && value >= 20 ? value / 5 * 5 : value;

    private Report NewReport(int number, DateOnly published) => new()
    {
        FileName = SyntheticData.FileName(_options.Seed, number),
        ContentHash = "",
        Published = published,
        PublishedSource = PublicationDateSource.Known,
        IngestedAtUtc = _options.IngestedAtUtc,
        ExtractorVersion = SyntheticData.ExtractorVersion,
        Status = ReportStatus.Extracted,
    };

    private static Report Finish(Report report, SpanWriter text)
    {
        report.Text = text.ToString();
        report.ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(report.Text)));
        return report;
    }

    /// <summary>Years from 2014 to the end date, weighted by how intense the campaign was; the current year by its elapsed part.</summary>
    private static IEnumerable<(int Year, double Weight)> YearWeights(DateOnly until)
    {
        for (var year = SyntheticData.FirstDate.Year; year <= until.Year; year++)
        {
            var weight = year switch
            {
                2014 => 10.0,
                2015 => 14,
                2016 => 16,
                2017 => 16,
                2018 => 9,
                2019 => 8,
                2020 => 7,
                2021 => 6,
                2022 => 5,
                2023 => 4,
                _ => 3,
            };
            if (year == until.Year)
            {
                weight *= Math.Max(0.05, until.DayOfYear / 365.0);
            }
            yield return (year, weight);
        }
    }

    /// <summary>Builds a text and tells where each appended piece landed (UTF-16 offsets, end exclusive).</summary>
    private sealed class SpanWriter
    {
        private readonly StringBuilder _text = new(1024);

        public int Length => _text.Length;

        public void Append(string piece) => _text.Append(piece);

        /// <summary>Appends <paramref name="lead"/> then <paramref name="piece"/>; returns the span of the piece.</summary>
        public (int Start, int End, string Text) Append(string lead, string piece)
        {
            _text.Append(lead);
            var start = _text.Length;
            _text.Append(piece);
            return (start, _text.Length, piece);
        }

        public string Slice(int start, int end) => _text.ToString(start, end - start);

        public override string ToString() => _text.ToString();
    }

    /// <summary>Picks items by weight with the generator's randomizer.</summary>
    private sealed class WeightedChoice<T>
    {
        private readonly T[] _items;
        private readonly double[] _cumulative;

        public WeightedChoice(IEnumerable<(T Item, double Weight)> weights)
        {
            var list = weights.ToList();
            _items = [.. list.Select(w => w.Item)];
            _cumulative = new double[list.Count];
            var total = 0.0;
            for (var i = 0; i < list.Count; i++)
            {
                total += list[i].Weight;
                _cumulative[i] = total;
            }
            for (var i = 0; i < _cumulative.Length; i++)
            {
                _cumulative[i] /= total;
            }
        }

        public T Pick(Randomizer random)
        {
            var roll = random.Double();
            var i = Array.BinarySearch(_cumulative, roll);
            i = i < 0 ? ~i : i + 1;
            return _items[Math.Min(i, _items.Length - 1)];
        }
    }

    /// <summary>What the generated operations add up to, per year and scope (IQ or a province), for the tallies.</summary>
    private sealed class TallyCounter
    {
        private readonly SortedDictionary<(int Year, string Scope), Totals> _totals = new(Comparer<(int Year, string Scope)>.Create(
            (a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : string.CompareOrdinal(a.Scope, b.Scope)));

        public IEnumerable<int> Years => _totals.Keys.Select(k => k.Year).Distinct();

        public void Add(int year, Operation operation)
        {
            foreach (var scope in (string?[])["IQ", operation.ProvinceCode])
            {
                if (scope is null)
                {
                    continue;
                }
                if (!_totals.TryGetValue((year, scope), out var t))
                {
                    t = new Totals();
                    _totals[(year, scope)] = t;
                }
                t.Operations++;
                t.Killed += operation.CountOf(CasualtyCategory.Killed) ?? 0;
                t.Arrested += operation.CountOf(CasualtyCategory.Arrested) ?? 0;
                t.HideoutsDestroyed += operation.HideoutsDestroyed ?? 0;
                t.IsisAttacks += operation.Kind == OperationKind.IsisAttack ? 1 : 0;
            }
        }

        public Totals Get(int year, string scope) => _totals.GetValueOrDefault((year, scope)) ?? new Totals();

        /// <summary>The provinces with the most operations that year, most first (ties by code).</summary>
        public IEnumerable<string> BusiestProvinces(int year, int count) => _totals
            .Where(kv => kv.Key.Year == year && kv.Key.Scope != "IQ")
            .OrderByDescending(kv => kv.Value.Operations)
            .ThenBy(kv => kv.Key.Scope, StringComparer.Ordinal)
            .Take(count)
            .Select(kv => kv.Key.Scope);
    }

    private sealed class Totals
    {
        public int Operations { get; set; }
        public int Killed { get; set; }
        public int Arrested { get; set; }
        public int HideoutsDestroyed { get; set; }
        public int IsisAttacks { get; set; }
    }
}
