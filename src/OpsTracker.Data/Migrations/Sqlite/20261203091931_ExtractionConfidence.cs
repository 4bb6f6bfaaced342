using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExtractionConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "ReportedTallies",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Operations",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Hideouts",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Casualties",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Confidence",
                table: "Operations",
                column: "Confidence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_Confidence",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "ReportedTallies");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Hideouts");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Casualties");
        }
    }
}
