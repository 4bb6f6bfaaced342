using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// A total the text splits by the means of each part ("قتل 15، منهم 10 بضربات جوية و5 بقصف مدفعي") is told by its
/// parts, as a total split by place is: each part an operation of its own, the total none. Arabic gaps the verb and
/// the noun of the second part ("وخمسة بنيران القوات"), as it does before a place ("وأربعة في الموصل"); the means
/// after each part, two different phrases of a kind of operation, set them apart. Invented sentences.
/// </summary>
public class TotalSplitByMeansTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 3, 10);

    private static List<int> Killed(ExtractionResult result) =>
        result.Operations.Select(o => o.Killed ?? 0).Where(k => k > 0).OrderBy(k => k).ToList();

    [Fact]
    public void A_total_split_by_means_after_of_them_is_told_by_its_parts()
    {
        var result = Extractor.Extract("أفادت مصادر أمنية، الأحد، بأن 15 من عناصر داعش قتلوا في محافظة ديالى، 10 منهم بضربات جوية و5 بقصف مدفعي.", Published);
        Assert.Equal([5, 10], Killed(result));
        Assert.All(result.Operations, o => Assert.Equal("IQ-DI", o.Province));
    }

    [Fact]
    public void The_second_part_named_in_words_by_the_forces_fire_is_a_clash_of_its_own()
    {
        var result = Extractor.Extract("أفادت مصادر أمنية، الأحد، بأن 15 من عناصر داعش قتلوا في حوادث متفرقة بمحافظة ديالى: قتل منهم 10 مسلحين بضربات جوية وخمسة بنيران القوات الأمنية.", Published);
        Assert.Equal([5, 10], Killed(result));
        Assert.Equal(OperationKind.Clash, result.Operations.Single(o => o.Killed == 5).Kind);
        Assert.Equal(OperationKind.Airstrike, result.Operations.Single(o => o.Killed == 10).Kind);
    }

    [Fact]
    public void Parts_by_the_same_means_leave_the_total()
    {
        var result = Extractor.Extract("أفادت مصادر أمنية، الأحد، بأن 15 من عناصر داعش قتلوا في محافظة ديالى، 10 منهم بضربات جوية و5 بضربات جوية أخرى.", Published);
        Assert.Equal([15], Killed(result));
    }

    [Fact]
    public void Parts_that_do_not_add_up_to_the_total_leave_it()
    {
        var result = Extractor.Extract("أعلنت خلية الإعلام الأمني، الأحد، مقتل 15 إرهابيا في محافظة ديالى، بينهم 3 بضربة جوية و2 بقصف مدفعي.", Published);
        Assert.Equal([15], Killed(result));
    }

    [Fact]
    public void Two_counts_by_two_means_without_a_total_are_two_operations()
    {
        var result = Extractor.Extract("قتلت القوات الأمنية، اليوم الأحد، 4 إرهابيين بضربة جوية و3 باشتباكات في قضاء الخالص بمحافظة ديالى.", Published);
        Assert.Equal([3, 4], Killed(result));
        Assert.All(result.Operations, o => Assert.Equal("IQ-DI", o.Province));
    }
}
