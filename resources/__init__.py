"""Icons, the style sheet and translations, shipped inside the package as nomos_desk.resources.

Read them with importlib.resources (see nomos_desk.ui.theme), never by a path relative to
the source tree, so that a wheel and a PyInstaller bundle find them as well.
"""
