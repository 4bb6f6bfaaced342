using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using OpsTracker.Data.Seeding;
using OpsTracker.Web.Hosting;

namespace OpsTracker.Web.Tests.Testing;

/// <summary>
/// A bUnit context with what the dashboard's components need: MudBlazor, the UI strings, loose JS interop (scroll
/// and local-storage calls answer defaults), and a finished seeding status. Create one per test
/// (<c>await using var ctx = BunitSetup.Create();</c>): a test class inheriting BunitContext fails on dispose under xunit 2.
/// </summary>
public static class BunitSetup
{
    /// <summary>
    /// How long a WaitFor may wait for a render: bUnit's one second is too short for a page that queries PostgreSQL
    /// on a loaded 2-core CI machine. A passing wait returns as soon as its assertion holds, so this costs nothing.
    /// </summary>
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    public static BunitContext Create(string culture = "en")
    {
        BunitContext.DefaultWaitTimeout = WaitTimeout;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        var status = new SeedingStatus();
        status.Start(0);
        status.Complete();
        ctx.Services.AddSingleton(status);
        ctx.Services.AddSingleton(new ReadAccess(Anonymous: true));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.AddAuthorization(); // an anonymous visitor; a test signs someone in with ctx.AddAuthorization().SetAuthorized(...)
        return ctx;
    }

    /// <summary>Renders as the interactive server would (the shell reads RendererInfo); call after registering services.</summary>
    public static BunitContext AsInteractiveServer(this BunitContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ctx.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    /// <summary>Signs an account with this role in (the analyst and admin policies as the app defines them).</summary>
    public static void SignIn(this BunitContext ctx, string role)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized($"{role}@example.org");
        auth.SetRoles(role);
        auth.SetPolicies([.. new[] { (Policies.Analyst, role is Data.Accounts.Roles.Analyst or Data.Accounts.Roles.Admin), (Policies.Admin, role is Data.Accounts.Roles.Admin) }
            .Where(p => p.Item2).Select(p => p.Item1)]);
    }

    /// <summary>Registers the read queries over a test database.</summary>
    public static void AddQueries(this BunitContext ctx, Microsoft.EntityFrameworkCore.IDbContextFactory<Data.OpsTrackerDbContext> factory)
    {
        ctx.Services.AddSingleton(factory);
        ctx.Services.AddOpsTrackerDashboard();
        ctx.Services.AddSingleton(SeededDatabases.Importer(factory));
    }

    /// <summary>Renders a popover provider (MudSelect and the date pickers need one), then <typeparamref name="T"/>.</summary>
    public static IRenderedComponent<T> RenderWithPopovers<T>(this BunitContext ctx, Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ctx.Render<MudPopoverProvider>();
        return ctx.Render(parameters ?? (_ => { }));
    }
}
