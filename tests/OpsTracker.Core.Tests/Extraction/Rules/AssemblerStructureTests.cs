using System.Reflection;
using System.Runtime.CompilerServices;
using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Rules.Passes;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// The report assembler's stages: the one rule for a rounded restatement of an exact tally figure, and no stage that
/// keeps per-report state in a field (one extractor serves every report at once).
/// </summary>
public class AssemblerStructureTests
{
    private static Figure Killed(int count, bool approximate) =>
        new() { Kind = FigureKind.Casualty, Side = CasualtySide.Isis, Category = CasualtyCategory.Killed, Count = count, Approximate = approximate, Rule = "test" };

    [Theory]
    [InlineData(300, 331, true)]   // "أكثر من 300" then 331
    [InlineData(700, 683, true)]   // "نحو 700" then 683
    [InlineData(300, 270, true)]   // 10 % below: the least the exact figure may be
    [InlineData(300, 390, true)]   // 30 % above: the most it may be
    [InlineData(300, 269, false)]
    [InlineData(300, 391, false)]
    [InlineData(300, 300, false)]  // the same count is a repetition, not a restatement
    public void A_hedged_figure_restates_an_exact_one_close_to_it(int rounded, int exact, bool restates)
    {
        Assert.Equal(restates, TallyFigures.RoundedAndExact(Killed(rounded, true), Killed(exact, false)));
        Assert.Equal(restates, TallyFigures.RoundedAndExact(Killed(exact, false), Killed(rounded, true)));
    }

    [Fact]
    public void Two_exact_figures_or_two_fields_are_never_one_restated()
    {
        Assert.False(TallyFigures.RoundedAndExact(Killed(300, false), Killed(331, false)));
        Assert.False(TallyFigures.RoundedAndExact(Killed(300, true), Killed(331, true)));
        var arrested = new Figure { Kind = FigureKind.Casualty, Side = CasualtySide.Isis, Category = CasualtyCategory.Arrested, Count = 331, Rule = "test" };
        Assert.False(TallyFigures.RoundedAndExact(Killed(300, true), arrested));
    }

    [Fact]
    public void The_exact_figure_takes_the_rounded_ones_place_and_an_exact_one_stays()
    {
        var rounded = Killed(300, true);
        var exact = Killed(331, false);
        var other = Killed(5, false);
        var figures = new List<Figure> { other, rounded };
        TallyFigures.KeepExact(figures, rounded, exact);
        Assert.Equal([other, exact], figures);

        var held = Killed(331, false);
        var told = Killed(300, true);
        var kept = new List<Figure> { held };
        TallyFigures.KeepExact(kept, held, told);
        Assert.Equal([held], kept);
    }

    /// <summary>The assembler and every stage it runs: they are built once and shared by all threads.</summary>
    private static List<Type> StageTypes() =>
        new[]
            {
                typeof(ReportAssembler), typeof(SentenceReader), typeof(TallyRecognizer), typeof(TallyContinuation), typeof(TallyReader),
                typeof(StatementTimes), typeof(TallyAnnouncer), typeof(TallyPeriods), typeof(OperationDescriber),
                typeof(OperationKinds), typeof(OperationActors), typeof(OperationPlaces), typeof(FigurelessOperations),
                typeof(NotIsisFigures), typeof(CrimeFigures), typeof(UnattributedVictims), typeof(ClaimedFigures),
                typeof(IsisOwnDeaths), typeof(VictimStatistics), typeof(TallySentences), typeof(FigurelessSentences),
                // The figure finder is made per report, with its triggers, person matches, singular figures and non-events;
                // these collaborators of it hold only the lexicon (and the number reader): the sides, the relations and the
                // two-outcome counts are built once by SentenceReader and shared by every report's finder.
                typeof(OrganisationNames), typeof(CasualtySides), typeof(IsisAsAttacker), typeof(OwnersMen),
                typeof(FigureRelations), typeof(TwoOutcomeCounts),
            }
            .Concat(typeof(ReportAssembler).Assembly.GetTypes().Where(t => typeof(IDraftPass).IsAssignableFrom(t) && !t.IsInterface))
            .ToList();

    public static TheoryData<Type> Stages() => new(StageTypes());

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_keeps_no_per_report_state_in_a_field(Type stage)
    {
        // Fields the code declares must be readonly; the compiler's fields for captured primary-constructor
        // parameters are assigned only by the constructor.
        var writable = stage.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => !f.IsInitOnly && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !f.Name.StartsWith('<'))
            .Select(f => f.Name)
            .ToList();
        Assert.Empty(writable);
    }

    [Fact]
    public void The_passes_over_the_operations_are_among_the_stages_checked()
    {
        var types = StageTypes();
        Assert.Contains(typeof(RepetitionRemoval), types);
        Assert.Contains(typeof(ElaborationDating), types);
    }
}
