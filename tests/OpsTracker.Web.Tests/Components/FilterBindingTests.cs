using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc;
using OpsTracker.Web.Components.Pages.Map;
using OpsTracker.Web.Components.Pages.Tallies;
using OpsTracker.Web.Components.Pages.Timeline;
using OpsTracker.Web.Components.Shared;
using OpsTracker.Web.Endpoints;

namespace OpsTracker.Web.Tests.Components;

/// <summary>
/// The timeline's filters are declared twice, because Blazor and minimal APIs bind query strings with different
/// attributes: once for the pages (<see cref="FilteredPage"/>) and once for the API and the exports
/// (<see cref="FilterParameters"/>). These tests keep the two the same list, so that a filter added to one is added to both.
/// </summary>
public sealed class FilterBindingTests
{
    private static string[] PageNames(Type type) =>
        [.. type.GetProperties().Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()?.Name).OfType<string>().Order()];

    private static string[] ApiNames(Type type) =>
        [.. type.GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name).OfType<string>().Order()];

    [Fact]
    public void The_pages_and_the_api_bind_the_same_filter_names()
    {
        Assert.Equal(["actor", "from", "kind", "province", "q", "review", "to"], PageNames(typeof(FilteredPage)));
        Assert.Equal(PageNames(typeof(FilteredPage)), ApiNames(typeof(FilterParameters)));
    }

    [Fact]
    public void The_paged_api_adds_only_paging_to_the_filters()
    {
        var extra = ApiNames(typeof(PagedFilterParameters)).Except(ApiNames(typeof(FilterParameters)));
        Assert.Equal(["after", "page", "pageSize"], extra.Order());
        Assert.True(typeof(FilterParameters).IsAssignableFrom(typeof(PagedFilterParameters)));
    }

    [Theory]
    [InlineData(typeof(Timeline))]
    [InlineData(typeof(MapPage))]
    [InlineData(typeof(Tallies))]
    public void Every_filtered_page_takes_its_filters_from_one_place(Type page)
    {
        Assert.True(typeof(FilteredPage).IsAssignableFrom(page));
        // Only the timeline adds a parameter of its own (its page number); none declares a filter again.
        var own = page.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()?.Name).OfType<string>();
        Assert.Empty(own.Intersect(PageNames(typeof(FilteredPage))));
    }

    [Fact]
    public void Paged_parameters_parse_the_inherited_filters_with_the_page()
    {
        var parameters = new PagedFilterParameters { Province = ["IQ-KI"], Kind = "airstrike", Page = "3", PageSize = "20" };
        var (filter, errors) = parameters.Parse();
        Assert.Empty(errors);
        Assert.Equal(["IQ-KI"], filter.Provinces);
        Assert.Equal(3, filter.Page);
        Assert.Equal(20, filter.PageSize);

        var (_, bad) = new PagedFilterParameters { Province = ["Kirkuk"], PageSize = "0" }.Parse();
        Assert.Contains("province", bad.Keys);
        Assert.Contains("pageSize", bad.Keys);
    }
}
