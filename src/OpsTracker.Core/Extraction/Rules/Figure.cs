using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Rules;

internal enum FigureKind
{
    Casualty,
    Hideout,
    Strikes,
    Operations,
    Attacks,
}

/// <summary>One count read from a sentence, before it is assigned to an operation or a tally.</summary>
internal sealed class Figure
{
    public FigureKind Kind { get; init; }
    public CasualtyCategory Category { get; set; }
    public CasualtySide Side { get; set; }
    /// <summary>The side is named by the text (إرهابيين، جنود، مدنيين), not guessed from context.</summary>
    public bool SideExplicit { get; set; }
    public HideoutKind HideoutKind { get; init; }
    public HideoutOutcome Outcome { get; set; }
    public int Count { get; set; }
    public bool Approximate { get; init; }
    /// <summary>A singular noun read as one ("تدمير مضافة", "مقتل الإرهابي"): absorbed by a nearby explicit count.</summary>
    public bool Implicit { get; set; }
    /// <summary>Part of a total given just before it ("بينهم 213"): not a figure of its own.</summary>
    public bool Breakdown { get; set; }
    /// <summary>
    /// A part of a total the text splits by means ("قتل منهم 12 بقصف جوي وتسعة بنيران القوات"), freed by
    /// <see cref="ClauseSplitter.SplitTotalByPlace"/>: an operation of its own, cut from the next part by its kind.
    /// </summary>
    public bool SplitByMeans { get; set; }
    /// <summary>
    /// "بين القتلى قياديان": named among people the text counts, so a <see cref="Breakdown"/> of that count; a figure
    /// again if the report counts them nowhere else (<see cref="Passes.UncountedAmongRestoration"/>).
    /// </summary>
    public bool AmongTheCounted { get; set; }
    /// <summary>
    /// "تمكنت من اعتقاله مع أحد مساعديه": a man the report names elsewhere counted with his companions, so the count
    /// includes him (<see cref="Passes.ImplicitFigureAbsorption"/> absorbs his own telling into it).
    /// </summary>
    public bool IncludesNamedMan { get; set; }
    /// <summary>
    /// "مقتل سبعة من داعش" over "قتلت ستة من قياديي التنظيم" and "قتلت قوة خاصة قياديا" told below: a man read as one
    /// whom a head total counts beside the count after him (7 = 6 + 1) is counted apart from it, never one of it
    /// (<see cref="Passes.HeadlineTotalRemoval"/> sets it; <see cref="Passes.ImplicitFigureAbsorption"/> reads it).
    /// </summary>
    public bool CountedApart { get; set; }
    /// <summary>"وكر آخر": another one, added to an operation's count, never a repetition of an earlier figure.</summary>
    public bool Another { get; set; }
    /// <summary>
    /// "وضبطت القوة هويات لمطلوبين اثنين تتبعتهما الأجهزة واعتقالهما": people counted as new referents of the telling and then
    /// taken by a later arrest (or killing) word through its attached pronoun (<see cref="FigureFinder"/>'s
    /// ObjectPronounTriggerAfter). A narrative tells them as the object of an event; a summary counts with the trigger
    /// before, so such a count is never a head total (<see cref="Passes.HeadlineTotalRemoval"/>).
    /// </summary>
    public bool TakenByALaterPronoun { get; set; }
    /// <summary>
    /// The figure a gapped count repeats in another place ("ستة في بغداد، وأربعة في الموصل": the four's is the six):
    /// the same people counted beside it, never a part of it.
    /// </summary>
    public Figure? ParallelTo { get; set; }

    /// <summary>Whether this figure stands beside <paramref name="other"/> in one gapped list of places.</summary>
    public bool IsParallelTo(Figure other)
    {
        for (var f = ParallelTo; f is not null; f = f.ParallelTo)
        {
            if (f == other)
            {
                return true;
            }
        }
        return false;
    }
    /// <summary>A count of people arrested (a casualty of the category Arrested), whoever's.</summary>
    public bool IsArrest => Kind == FigureKind.Casualty && Category == CasualtyCategory.Arrested;

    /// <summary>"خمس مضافات ونفق": joined by و to the figure before it, in the same telling.</summary>
    public bool Conjoined { get; init; }
    /// <summary>"ارتفعت حصيلة القتلى إلى 11": the figure replaces the same measure told earlier in the report.</summary>
    public bool Correction { get; set; }
    public int First { get; set; }
    public int Last { get; set; }
    public int Sentence { get; init; }
    public required string Rule { get; init; }

    public bool SameMeasure(Figure other) =>
        Kind == other.Kind
        && (Kind != FigureKind.Casualty || (Category == other.Category && (Side == CasualtySide.Isis) == (other.Side == CasualtySide.Isis)))
        && (Kind != FigureKind.Hideout || Outcome == other.Outcome);

    /// <summary>
    /// Whether this figure may be a part of <paramref name="total"/>: the same measure, and not the count a gapped list
    /// tells beside it (<see cref="IsParallelTo"/>). What every pass that weighs a total against its parts asks first.
    /// </summary>
    public bool MayBePartOf(Figure total) => SameMeasure(total) && !IsParallelTo(total);

    public override string ToString() => $"{Kind}/{Category}/{Side}={Count}{(Implicit ? " (implicit)" : "")} [{Rule}]";
}
