"""Microsoft Teams through the Microsoft 365 Agents SDK (every SDK import stays in this package).

`bot.teams.mount.mount_teams(app, runtime)` serves POST /api/messages; `cards` and `package`
are plain Python and import no SDK.
"""
