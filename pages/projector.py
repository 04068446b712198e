"""Trình chiếu: the meeting-room screen (read-only, rotates and refreshes by itself).

URL: /trinh-chieu, options ?panel=units|deadlines|booths|delegates|programme, ?refresh=N,
?embed=true, ?lang=en.
"""

from ocop_tracker.ui import projector

projector.run()
