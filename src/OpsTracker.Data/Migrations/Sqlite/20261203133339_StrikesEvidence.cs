using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrikesEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StrikesEvidenceEnd",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StrikesEvidenceStart",
                table: "Operations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StrikesEvidenceText",
                table: "Operations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StrikesEvidenceEnd",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "StrikesEvidenceStart",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "StrikesEvidenceText",
                table: "Operations");
        }
    }
}
