"""The data passed between stages: frozen, sorted, the same on every run.

One module per stage that makes it: `sources` (load), `articles` (extract), `variants` (match) and
`site` (link and render). Every name is importable from here.
"""

from __future__ import annotations

from .articles import (
    AgencyCredit,
    Article,
    Block,
    BlockLabel,
    DateMention,
    Entity,
    EntityKind,
    Extracted,
    Figure,
    Granularity,
    NameForm,
    NameSpan,
    PageBlock,
    Quote,
)
from .site import BuildReport, EntityHub, HubForm, HubMention, HubQuote, Page, RelatedArticle, SearchDocument, SiteLinks
from .sources import Loaded, Source, SourceMeta
from .variants import (
    ChangeKind,
    DiffKind,
    DiffSpan,
    Matched,
    Member,
    ParagraphEdit,
    ParagraphStatus,
    QuoteChange,
    QuoteStatus,
    Substitution,
    VariantGroup,
    VersionEdits,
    WordChange,
)

__all__ = [
    "AgencyCredit",
    "Article",
    "Block",
    "BlockLabel",
    "BuildReport",
    "ChangeKind",
    "DateMention",
    "DiffKind",
    "DiffSpan",
    "Entity",
    "EntityHub",
    "EntityKind",
    "Extracted",
    "Figure",
    "Granularity",
    "HubForm",
    "HubMention",
    "HubQuote",
    "Loaded",
    "Matched",
    "Member",
    "NameForm",
    "NameSpan",
    "Page",
    "PageBlock",
    "ParagraphEdit",
    "ParagraphStatus",
    "Quote",
    "QuoteChange",
    "QuoteStatus",
    "RelatedArticle",
    "SearchDocument",
    "SiteLinks",
    "Source",
    "SourceMeta",
    "Substitution",
    "VariantGroup",
    "VersionEdits",
    "WordChange",
]
