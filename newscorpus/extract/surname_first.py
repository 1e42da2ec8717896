"""Names written family name first: Chinese and Korean names as English copy writes them ("Xi Jinping",
"Hua Chunying", "Kim Jong Un"), whose first word is the one the story writes alone ("Xi said").

A name is read so when its first word is a Chinese or Korean family name and every word after it is a
given name's syllables in pinyin (one or two) or Korean spelling (one): "Lee Westwood", "Kim Clijsters",
"Kim Dalton" and "Long John" are a given name and a surname. A hyphenated given name ("Chang Chi-cheng") says so
on its own (identity.surnames).
"""

from __future__ import annotations

import re

from .text import fold_name, words

# Chinese family names in pinyin (the commonest and those of the people in the news), in the older
# spellings of Taiwan, Hong Kong and Singapore, and Korean family names as written in English.
FAMILY_NAMES_FIRST = words(
    """
    an bai bao bo cai cao chang chen cheng chi cui dai deng ding dong du duan fan fang feng fu gao ge geng gong gu
    guan guo han hao he hong hou hu hua huang ji jia jiang jin jing kang kong lai lei li lian liang liao lin liu
    long lou lu luo ma mao mei meng mo ni nie niu ou ouyang pan pei peng qi qian qiao qin qiu qu ren rao shang shao
    shen sheng shi song su sun tan tang tao tian wan wang wei wen wu xi xia xiang xiao xie xing xiong xu xue yan
    yang yao ye yi yin yu yuan yue zeng zhai zhan zhang zhao zheng zhong zhou zhu zou
    chan cheung chiang chow chu hsieh hsu koo kuo lam lau leung ng soong tsai tsang tse wong yip
    ahn bae baek ban byun chae cho choi chun chung ha heo hwang jang jeon jeong jung kim ko kwon lee lim moon nam
    noh oh park rhee roh ryu seo shin son yoo yoon yun
    """
)

# A syllable of a given name in pinyin (initial and final) or in Korean spelling (initial, vowels, final
# consonant): "jin", "ping", "chun", "ying"; "jong", "un", "jae", "geun".
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)"
    r"|er"
)
_KOREAN = (
    r"(?:ch|kk|tt|pp|ss|jj|sh|[gkndtrlmbpsjhyw])?"
    r"(?:yeo|yae|wae|ae|eo|eu|oe|ui|ya|ye|yo|yu|wa|wo|we|wi|oo|ee|a|e|i|o|u)"
    r"(?:ng|[knlmpt])?"
)
# A word of a given name: one or two syllables in pinyin ("Jinping"), one in Korean spelling, which
# writes a syllable a word ("Jong Un"): two Korean syllables spell Western names too ("Dalton", "Wilde").
_GIVEN_WORD = re.compile(rf"(?:{_PINYIN}){{1,2}}|{_KOREAN}")


def family_name_first(words: list[str]) -> bool:
    """Return True for a name of two or three words written family name first: "Xi Jinping", "Kim Jong Un"."""
    if not 2 <= len(words) <= 3 or fold_name(words[0]) not in FAMILY_NAMES_FIRST:
        return False
    return all(w[:1].isupper() and _GIVEN_WORD.fullmatch(fold_name(w)) for w in words[1:])
