"""What a site prints about itself around a story, beside the menus and prompts of `page_cues`: a media player's
controls and a plug-in's notices, its note on readers' comments, its breadcrumb, its share and menu bars."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .page_cues import CONTROL_TOKEN

# A media player's control or a plug-in's notice left in the text where a video stood, never a story's words nor a
# writer's name ("Skip" is a given name): "Skip ad", "Skip Ad 5", "Flash required", "This content requires the latest
# Adobe Flash Player", "We detected you need to update your Flash Player", "This slideshow requires JavaScript."
# (Searched in short blocks only; a story on a plug-in names it in sentences of its own, not to its reader.)
PLAYER_NOTICE = re.compile(
    r"^\W*skip (?:this )?(?:ad|ads|advert|advertisement|intro)\b(?:\W*(?:in\s+)?\d{1,2}\s*s?)?\W*$"
    r"|^\W*(?:adobe )?flash(?: player)? (?:is )?required\W*$"
    r"|\b(?:this|the) (?:content|video|slideshow|gallery|page|site|feature|player|media|audio|clip|graphic)\b"
    r"[^.!?]{0,40}\brequires?\b[^.!?]{0,60}\b(?:flash|javascript)\b"
    r"|\byou (?:need|must|will need|may need|have to|can download|can install)\b[^.!?]{0,60}\b(?:flash|javascript)\b"
    r"|^\W*(?:please |click here to )?(?:enable|install|download|upgrade|update|get) (?:your |the latest |a )?"
    r"(?:version of )?(?:adobe )?(?:flash|javascript)\b"
    r"|\bjavascript (?:is )?(?:required|disabled|turned off|must be (?:enabled|turned on))",
    re.I,
)
# The site's own lines left between a story's paragraphs: a hosting service's label over its logo ("Hosted by"
# under agency copy a portal hosts), an advert's label, a form's "No thanks", a gallery's "View all (23)", a
# video box's "Featured Video", a tool's "Translate Page", a count of the story's words ("Wordcount: 717"). A host's
# label under clean wire copy does not make it a page of the site's furniture: these lines are furniture, no controls.
#
# Also a marker where an advert cut the story ("Article continues", "story continues below", "Continue Reading
# Below", "Also on Reuters"), a shop's button under a deal ("Get it on Amazon for $39.99", "Also at Walmart"), and a
# newsletter form's lines: its call ("Stay up to date with Ascom.", "Keep up to date"), its prompts ("Please, fill the
# form to subscribe", "Please confirm your e-mail to continue"), its answers ("Thanks for signing up!", "You have
# successfully subscribed", "An email with an activation link has just been sent to your email address").
_STAY_INFORMED = r"(?:stay|keep) (?:up to date|up-to-date|informed|in the know)\b[^.!?]{0,60}"
SITE_LINE = re.compile(
    r"^\W*(?:hosted by(?: google| yahoo)?|advert|no thanks|featured video|view all(?: \(\d+\))?"
    r"|translate (?:this )?page|word ?count:?\s*\d+"
    r"|(?:the )?(?:article|story) continues(?: below| after (?:this )?(?:ad|advert|advertisement))?"
    r"|continue reading below|also on [\w.&'’-]+(?: [\w.&'’-]+)?"
    r"|(?:(?:terms of (?:service|use)|privacy (?:notice|policy)|cookie (?:notice|policy))\W*){1,3}"
    r"|(?:get|buy|see|shop|order) (?:it|them|one|this|now)(?: now)? (?:on|at|from) [^.!?]{2,40}?"
    r"(?: for (?:just |only )?[$£€]\s?[\d,.]+)?|also (?:at|available at) [A-Z][^.!?]{1,30}"
    rf"|{_STAY_INFORMED})\W*$"
    rf"|^\W*(?:{_STAY_INFORMED}[.!]\s*(?:subscribe|sign up)\b"
    r"|please,? (?:fill (?:in |out )?the form|activate your|confirm your (?:subscription|e-?mail))"
    r"|you(?: have|'ve|’ve)? (?:successfully |succesfully |now )?(?:subscribed|signed up|been subscribed)\b"
    r"|thanks?(?: you)? for (?:subscribing|signing up|registering|your subscription)"
    r"|an? (?:e-?mail|message)\b[^.]{0,60}\bhas (?:just )?been sent to your)",
    re.I,
)
# A call to hear the outlet under the story: "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back
# here."
OUTLET_CALL = re.compile(
    r"^\W*listen to (?:us|[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}) live\b[^.!?]{0,80}\blisten (?:back|again)\b", re.I
)
# A site's note on its readers' comments, opening them under the story: "The following are comments from the
# readers.", "Comment entries are limited to 100 words.", "Only members of the Club can enter comments.", "Comments are
# subject to our community guidelines", "As you comment, please be respectful of other commenters". (The site speaks
# of its comments as posts, entries or a form; a story quoting someone's comments does not.)
COMMENTS_POLICY = re.compile(
    r"^\W*the following are (?:\w+ )?comments\b"
    r"|\bcomment (?:posters|writers|entries|policy|guidelines|form)\b|\b(?:article|story) comments?\b"
    r"|^\W*(?:note:\s*)?comments? (?:will|are|is|must|may) (?:generally |be |now )?(?:stay|subject|moderated|limited"
    r"|reviewed|posted|closed|open)\b"
    r"|\b(?:enter|post|submit|leave|add) (?:a |your )?comments?\b[^.]{0,60}"
    r"\b(?:members?|sign in|log in|register|registered)\b"
    r"|\bonly (?:registered )?(?:members|users|subscribers)\b[^.]{0,40}\b(?:enter|post|leave|add|submit) comments?\b"
    r"|\bother commenters\b",
    re.I,
)
# A breadcrumb: the path of sections down to the page, "You are here: Telegraph > News >", "Home » Sport » Football"
# (a ">" set off by spaces: a wire's headline closes a ticker with one, "ACME CORP <ACM> 4TH QTR NET").
_CRUMB = r"(?:\s>\s|\s*[»›]\s*)"
BREADCRUMB = re.compile(
    rf"^\W*you are (?:here|in)\b|^[^<>»›.!?]{{1,40}}(?:{_CRUMB}[^<>»›.!?]{{1,40}}){{1,6}}(?:\s[>»›]|\s*[»›])?\s*$", re.I
)


def control_bar(tokens: Sequence[str]) -> bool:
    """Return True for a run of share and menu controls ("FacebookEmail Twitter", "Print | Email")."""
    if not tokens or len(tokens) > 15:
        return False
    joined = "".join(tokens)
    if len(joined) < 5:
        return False
    rest = CONTROL_TOKEN.sub("", joined)
    return len(rest) <= 0.2 * len(joined)
