using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
{
    /// <summary>
    /// Event linking's candidates without a date of their own (LinkingCandidates): the column UndatedToldOn (an undated
    /// operation's report publication date), filled for the operations already stored, and two small partial indexes:
    /// undated operations by province and that date, and the "timeless" ones (no report date either) by province.
    /// </summary>
    public partial class LinkingUndatedCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "UndatedToldOn",
                table: "Operations",
                type: "date",
                nullable: true);

            // The operations stored before the column: each undated one gets its report's publication date.
            migrationBuilder.Sql("""
                UPDATE "Operations" AS o SET "UndatedToldOn" = r."Published" FROM "Reports" AS r WHERE r."Id" = o."ReportId" AND (o."Date" IS NULL OR o."DatePrecision" = 'Unknown') AND r."Published" IS NOT NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Linking_Timeless",
                table: "Operations",
                column: "ProvinceCode",
                filter: "(\"Date\" IS NULL OR \"DatePrecision\" = 'Unknown') AND \"UndatedToldOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Linking_UndatedToldOn",
                table: "Operations",
                columns: new[] { "ProvinceCode", "UndatedToldOn" },
                filter: "\"UndatedToldOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_Linking_Timeless",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Operations_Linking_UndatedToldOn",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "UndatedToldOn",
                table: "Operations");
        }
    }
}
