// Anchor for the library that embeds the compiled translations (:/i18n/turno_*.qm).
namespace Turno
{
int translationsAnchor()
{
    return 0;
}
} // namespace Turno
