/**
 * Every weight and bar that decides how a message is answered from the answer cards, with a name,
 * what it does and an example. Code reads weights through a RuleSet (so that `pendamping eval --rule
 * name=value` can sweep one) and records in the trace each rule that fired and its effect.
 */
export interface Rule {
  does: string;
  weight: number;
  example: string;
}

export const RULES = {
  'card.answer-bar': {
    does: 'a card whose score reaches this answers the message directly (its answer leads)',
    weight: 0.6,
    example: '"apa itu arus kas?" against the card "Apa yang dimaksud dengan arus kas?" scores about 0.8',
  },
  'card.answer-bar-en': {
    does: 'the answer bar for a message in English: its words are read through the English-Indonesian word list, which loses some of them, so its scores run lower',
    weight: 0.5,
    example:
      '"What is a rumah kemasan and how can it help a small snack producer?" scores 0.53 with the right card',
  },
  'card.choice-from-search': {
    does: 'the clarifying choices include the best card of the section the lexical search ranks first, when they lack it (1 on, 0 off)',
    weight: 1,
    example:
      '"Keripik saya cepat melempem ... pakai kemasan apa?": the standing-pouch section is offered beside the closest cards',
  },
  'card.low-bar': {
    does: 'between this and the answer bar the message is not declined: the closest cards are offered as choices',
    weight: 0.3,
    example: '"modal sy kurang trs" is close to both "modal kerja" and "pinjaman KUR": both are offered',
  },
  'card.choice-gap': {
    does: 'a card is offered as a choice only when its score is within this of the best card',
    weight: 0.12,
    example: 'best 0.42, next 0.35 (offered), third 0.20 (not offered)',
  },
  'card.context-weight': {
    does: "weight of the story's words (the sentences that do not ask) beside the asking sentence's words",
    weight: 0.3,
    example: '"usaha tenun saya di Sumba ... gimana cara nyatet stok?": "tenun", "Sumba" only break ties',
  },
  'card.request-words': {
    does: 'weight of a word that asks for help without a topic ("solusi", "saran", "tips", "advice"; src/text/request-words.ts) in the asking sentence; such a word never makes the sentence specific',
    weight: 0.3,
    example:
      '"... order gede dr hotel tp dibayarnya 2 bulan kemudian ... ada solusi gak?" is about late payment, not about the cards whose chat variants say "solusinya?"',
  },
  'card.thin-asking-terms': {
    does: 'an asking sentence with at most this many telling words (card.specific-idf) is thin: its topic is in the story',
    weight: 2,
    example: '"Teman menyarankan KUR. Syaratnya apa saja?": the asking sentence names no topic of its own',
  },
  'card.asking-first': {
    does: "a message with a story is matched on its asking sentence alone too (and each question of several, on its own); that reading answers when its best card is named by the question's own words, reaches the answer bar (card.each-question for one of several), the story names that card or none of the topics the story reading reaches, and the story reading does not decline the message: the story's words only break ties. A question that points back at the story (itu, tersebut, it) is not read alone (1 on, 0 off)",
    weight: 1,
    example:
      '"sy jualan rempeyek di klaten, blm prnh nyatet. buku kas itu kolomnya apa aja?" -> the cash book card, as for the bare question; "sy mau ngajuin KUR. dokumennya apa aja?" keeps KUR, which the story names',
  },
  'card.asking-echo': {
    does: "card.asking-first reads a question alone only when it names a topic by a word the story does not already say: a question that only repeats the story's words asks about the story's subject (1 on, 0 off)",
    weight: 1,
    example:
      '"... tanah liatnya makin susah dicari. Dinas bilang mau bantu cari pemasok dr daerah lain. Daerah mana ya?" is read with its story (the raw-material card), not as "Daerah mana ya?" alone (the packaging-house card)',
  },
  'card.part-own-topic': {
    does: 'one question of a message that asks several, when it names a topic of its own, is read with the story around it only, not with the other questions (they are questions of their own); one that names no topic takes its subject from them, and one that names only an aspect ("daftarnya gmn?", "syaratnya apa?") is asked of the part before it, completed as a follow-up is (1 on, 0 off)',
    weight: 1,
    example:
      '"buku kas sederhana isinya apa aja? lbh baik pake aplikasi ato buku tulis?": the first question is about the cash book, not about apps; "hpp itu apa? cara ngitungnya gmn?": the second borrows hpp',
  },
  'card.nearest-subject': {
    does: "when the asking sentence is thin, the story's topic words outside the nearest sentence that names a topic lose this share of card.thin-context-weight: a question with no subject of its own ('syaratnya?') is about what was said just before. Off (0): at 0.6 it gained one tuned message and lost one of the 297 and two held-out ones",
    weight: 0,
    example:
      '"Usaha tas sy lg rame, modal kurang. Temen nyaranin ambil KUR. Syaratnya apa aja?" -> kur at 0.7; tas, modal at 0.28',
  },
  'card.specific-idf': {
    does: 'a word of the asking sentence tells a topic apart when its IDF over the cards is at least this (about 1 card in 20 or fewer)',
    weight: 2.8,
    example: '"kemasan", "pakai", "baik" are in many cards; "melempem" is in a few',
  },
  'card.points-back-sentence': {
    does: 'a message whose one question points at what was just said (itu, tsb, gitu, di acara gt, a short question whose word carries -nya for a thing that sentence named: "bikin pameran khusus ... Nama pamerannya apa?", or one that only asks what it means: "Maksudnya apa ya?", "What does that mean?") is matched with the story\'s last sentence as part of its question, not only as a tie-breaker (1 on, 0 off)',
    weight: 1,
    example:
      '"td dikasih tau ada acara business matching ikm. yg dtg sbg calon pembeli di acara gt siapa aja?" asks about the business matching, not a buyer\'s due diligence',
  },
  'card.choice-over-extract': {
    does: "a card the cards' reading lets answer under the answer bar (the classifier's favourite, the one topic within reach, the closer of two questions of one document) answers before the lexical search's sentences when those come from another section: the sentences are picked by their words, the card by what the message asks; not when the message holds a word no card knows, which a mentor's new document may (1 on, 0 off)",
    weight: 1,
    example:
      '"daftar merek dagang bs online ga?" gets the trademark card, not a glossary sentence that holds "merek" and "dagang"',
  },
  'card.section-card-leads': {
    does: "an Indonesian message the lexical search answers (no card certain) gets the answer of the best card of the section the search answers from (within reach of the low bar), instead of sentences picked by their words; a question asking how much, when, who or where only when that card's answer states one (1 on, 0 off)",
    weight: 1,
    example:
      '"usaha sandal kulit sy di sidoarjo susah dapet bahan. sy denger pemkab mau kerjasama sm kabupaten lain buat pasokan kulit, kabupaten mana tuh?" gets the Magetan card of the section the search answers from, not two sentences picked from there',
  },
  'card.english-from-section': {
    does: 'an English message that the lexical search answers (no card certain) gets the English answer of the best card of the section it answers from, instead of Indonesian sentences; names, places, dates and figures keep the sentence that holds them (1 on, 0 off)',
    weight: 1,
    example:
      '"Which details are required on the label of packaged food?": the label section\'s card answers in English',
  },
  'card.verdict-only-when-asked': {
    does: 'a card answer that opens with a yes/no verdict ("Tidak.", "Ya,", "Belum tentu,") loses it when the message asks what, why, how, how much, who, where or when (1 on, 0 off)',
    weight: 1,
    example:
      '"arus kas tu apa, bedanya ama untung?" answered by "Belum tentu, saldo kas bukan laba. ..." reads "Saldo kas bukan laba. ..."',
  },
  'card.thin-context-weight': {
    does: "weight of the story's words when the asking sentence is thin; the story's topic words (those of the knowledge's headings) join the asking sentence at this weight",
    weight: 0.7,
    example:
      '"... jadi dropshipper, ada jg yg mau jd reseller. bedanya apa sih?" reads "reseller", "dropship" from the story',
  },

  'card.variant-story-weight': {
    does: "weight of the story sentences of a card's story-style variant beside its asking sentence (applied when cards are indexed)",
    weight: 0.3,
    example:
      '"Usaha rendang saya di Padang ... prosesnya lewat mana?" is about the halal process, not about rendang',
  },
  'card.kind-agrees': {
    does: 'added to a variant that asks for the same kind of answer (steps, reason, amount, place, time, list, definition)',
    weight: 0.08,
    example:
      '"cara misahinnya gmn?" (steps) prefers "Bagaimana cara memisahkan ...?" to "Mengapa harus dipisah?"',
  },
  'card.lead-floor': {
    does: 'a clear lead answers only when the leading card scores at least this (below it, choices are offered)',
    weight: 0.45,
    example:
      '"How do I change the engine oil on my motorbike?" leads with 0.40 on a weak match: not answered',
  },
  'card.answer-kind': {
    does: 'added to the score (and so the order) of a card whose direct answer states what a who / where / when question asks for (a name, a place, a date; not a figure, which most money cards hold as a worked example): of two cards on the same topic, the one that answers the question asked leads (0 off)',
    weight: 0.1,
    example:
      '"koperasi sentra itu dibina siapa?" prefers a card whose answer names the institution to one on what the cooperative does',
  },
  'card.kind-differs': {
    does: 'taken from a variant that asks for another kind of answer than the message (a definition when a figure is asked)',
    weight: 0.1,
    example: '"How many clusters according to BPS?" (amount) does not want "Apa itu BPS?" (definition)',
  },
  'card.clear-lead': {
    does: 'a card above the low bar answers when it leads the next card of another section by at least this',
    weight: 0.2,
    example: 'best 0.45, next 0.2: one clear topic, no need to ask "maksudnya yang mana?"',
  },
  'card.lead-named': {
    does: 'a card that answers under the answer bar by its lead (card.clear-lead) must be named by the asking sentence, as every other way under the bar must (1 on, 0 off)',
    weight: 1,
    example:
      '"prosedur bantuan alat pascapanen dari Kementerian Pertanian?": the cash-book card leads through "petani" in a chat variant only; it does not answer',
  },
  'card.verdict-joined': {
    does: 'a card answer that opens with a bare verdict sentence ("Tidak.", "Belum.", "Yes.") under a yes-or-no question joins it to the sentence that gives its reason, so the first sentence holds the fact (1 on, 0 off)',
    weight: 1,
    example:
      '"Tidak. Dana revitalisasi sentra IKM berasal dari DAK ..." -> "Tidak, dana revitalisasi sentra IKM berasal dari DAK ..."',
  },
  'card.each-question-agreed': {
    does: "a question of a message that asks two or three things, whose own card is under card.each-question, still gets that card when it scores at least this and the card's section is among the five the whole message is closest to (two readings agree)",
    weight: 0.4,
    example:
      '"P-IRT tu apa sih, dan ngurusnya ke mana?" -> the definition card, then the registration card, each under 0.6',
  },
  'card.each-question': {
    does: 'a message that asks two or three things is matched question by question; when each reaches this bar with its own card, each card answers in turn',
    weight: 0.6,
    example: '"INTAKO singkatan dari apa? Trus ketuanya siapa?" -> the acronym card, then the chair card',
  },

  'card.part-refers-back': {
    does: "a later part of a several-question message that points back with a pronoun ('it', 'they', 'itu', 'tsb') is read with the subject of the part before it, as a follow-up is (0 off)",
    weight: 1,
    example:
      '"Is there a cooperative that groups the bag makers in Tanggulangin, and roughly how many members does it have?"',
  },
  'card.part-borrows': {
    does: "a later part of a message that asks several things, which its own words leave under card.each-question, is read with the subject of the part before it, as a follow-up is; that reading's closest card that no other part has, and that is not the card the part's own words found, answers it when it scores at least card.each-question-agreed and above the part's own reading (1 on, 0 off)",
    weight: 1,
    example:
      '"how many IKM centres did the ministry plan to revitalise, and where was the money supposed to come from?" -> the plan card, then the card on DAK funding',
  },
  'card.each-question-one': {
    does: 'when each question of a two- or three-question message finds its card and they come to one card because the others say much the same (an overview that also says who proposes), it answers the message; otherwise the message is read as one question. Two questions that find the same section do not count: a sentence split in two by mistake ("… apa sih? aku bingung") finds one section twice (1 on, 0 off)',
    weight: 1,
    example:
      '"DAK fisik bidang IKM itu bisa buat apa aja? Trus yg ngusulin siapa, pusat atau daerah?" -> the DAK overview, which names both menus and who proposes, not the card on preparing a proposal',
  },
  'card.place-part': {
    does: 'a question part that names only a place ("And East Java?", "kalo jatim?") is read with the part after it, as its subject, not answered as a question of its own (1 on, 0 off)',
    weight: 1,
    example:
      '"And East Java? What share did it have?" after a question on exports by province is one question, not a cluster count for East Java beside the share',
  },
  'card.each-question-skip': {
    does: 'in a message that asks two or three things, a question that finds no card of its own (under card.each-question and card.each-question-agreed) is left out, and the others still answer each with its own card when at least two do; at 0 such a message is read as one question (1 on, 0 off)',
    weight: 1,
    example:
      '"gedungnya dibiayai dr mana? isinya apa aja? sy boleh ikut make gak?" -> the funding card and the facilities card, the third part left to the mentor offer',
  },
  'card.second-part': {
    does: 'when a message of two or three questions asks beyond the card that answers it (card.second-part-share), the question that holds most of the words the card lacks is matched again, with the other questions around it; a card of another topic that reaches this score, is named by that question and holds most of those words answers that part after it (0 off)',
    weight: 0.55,
    example:
      '"Kemasan yg cocok buat dodol apa? Trus ada tempat yg bisa bantu desain kemasan?" -> the card on choosing packaging, then the packaging-house card',
  },
  'card.second-part-share': {
    does: "the share of the asking sentence's telling words (by IDF) that the answering card must lack, two words at least, before a second card is looked for",
    weight: 0.3,
    example:
      '"gedung itu dibiayai dr mana, terus isinya apa aja?": the facilities card lacks the funding words',
  },
  'card.story-agrees': {
    does: 'the same for a message with a story (the lexical search reads the story too, so it counts for less)',
    weight: 0,
    example:
      'swept at 0.1 on the realistic set: one story more paired with its bare question, one decline fewer; off',
  },
  'card.out-of-scope': {
    does: 'a decline card (knowledge/cakupan/: what Pendamping IKM does not answer) that ranks first at or above this score declines the message with its pointer to where to ask, even under the answer bar; decline cards are never offered as choices',
    weight: 0.3,
    example:
      '"hp sy kena hack, gmn balikinnya?" -> the decline card for repairs and accounts, not a choice of marketing topics',
  },
  'card.scope-favourite': {
    does: "a decline card that the classifier favours (its probability, relative to the classifier's first choice, at least this) and that scores above every card the knowledge answers declines the message, when the message names it (card.scope-named), though another card ranks first through the lexical search's agreement (0 off)",
    weight: 0.99,
    example:
      '"When is the next business matching, and how much does a booth cost?" -> the decline card on upcoming events, not the report of the 2019 business matching',
  },
  'card.scope-named': {
    does: "a decline card that ranks first declines (card.out-of-scope) only when the message names what it is about: a word of its heading or of its formal or English questions, in the question or the story, at least as rare as card.topic-named; a decline card close only through a chat or story variant's everyday words does not decline (1 on, 0 off)",
    weight: 1,
    example:
      '"kakak sy bilang harus punya NIB dulu baru bisa daftar halal, bener ga?" is close to the inheritance card\'s "kakak sy mau jual rumahnya": not declined',
  },
  'card.agreed-bar': {
    does: "the answer bar when the lexical search ranks the best card's own section first (two readings agree) and no decline card is close (card.scope-margin); the agreement bonus is already in the score. At or above card.answer-bar it is off",
    weight: 0.45,
    example: '"my cousin says we should split household money and business money, why does it matter?"',
  },
  'followup.subject-weight': {
    does: "a follow-up completed with the earlier question's subject is matched with that subject said twice, as its own words are (1 on, 0 off): the subject is what the follow-up is about",
    weight: 1,
    example:
      '"koperasinya apa namanya?" after "Sentra tas Tanggulangin itu di mana sih?" -> the INTAKO card, not the glossary entry for a cooperative',
  },
  'card.asking-declines': {
    does: "in a story message, when the asking sentence read alone reaches a decline card that its own words name, scoring at least this, and the story reading's best card is one the asking sentence does not name, the message is read as its asking sentence and declined: what is asked is out of scope whatever the story is about (0 off)",
    weight: 0.6,
    example:
      '"Gedung sentra tapis kami dibangun pakai DAK 2021, skrg atapnya bocor dan kontraktornya ngilang. kami bisa gugat ke mana?" -> the decline card for lawsuits, not the DAK revitalisation of the tapis building',
  },
  'card.classifier-agrees': {
    does: 'under the answer bar, the best card answers when the classifier\'s favourite card (its probability at least this) is that card or answers like it (card.choices-agree), the best card reaches card.lead-floor and leads every decline card by card.scope-margin: two readings agree, so "maksudnya yang mana?" asks nothing (0 off)',
    weight: 0.9,
    example:
      '"DPRD menanyakan apa hasil yang seharusnya kami tunjukkan. Menurut Kemenperin, fasilitasi sentra IKM idealnya harus menghasilkan apa?" -> the expected-results card, not a menu whose first choice is it',
  },
  'card.consensus-named': {
    does: "card.search-consensus does not answer over a closer card that the asking sentence itself names when the search's card is named only by the story: the search reads the story too, and the story only breaks ties (1 on, 0 off)",
    weight: 1,
    example:
      '"Sy bikin kue kering ... mau titip di minimarket, katanya harus ada labelnya. Di label itu wajib ada apa aja?": the search finds the cookie-cost document; the label card, named by the question, is not overruled',
  },
  'card.search-consensus': {
    does: "when the lexical search (which reads the whole message, story included) finds its two best passages in one document, that document's closest card answers under the answer bar when it scores at least this, leads every decline card by card.scope-margin, and the message names its topic in its question or its story with a word at least as rare as card.specific-idf. At or above card.answer-bar it is off",
    weight: 0.3,
    example:
      '"Bulan depan sy ikut pameran kerajinan di JCC ... Apa yg harus disiapin biar ga pulang cuma capek doang?" -> the card on preparing for a fair, not the one whose chat variant says "capek"',
  },
  'card.one-document': {
    does: 'when the two closest choices of a "maksudnya yang mana?" come from one document, the first answers instead (it must reach card.single-choice and be named and ahead of every decline card, as there): the asker cannot tell two questions of one topic apart (1 on, 0 off)',
    weight: 1,
    example:
      '"Brand story tu maksudnya apa sih dan gmn nulisnya?" -> the card on writing a brand story, not a choice between it and one on brand consistency',
  },
  'card.single-choice': {
    does: 'when only one topic is within reach (between the low bar and the answer bar) and the lexical search is not sure either, that card answers instead of a one-item "maksudnya yang mana?", when it scores at least this and leads every decline card by card.scope-margin. At 0.35 (from 0.4) on the 394 tuned realistic messages two one-item menus became right answers and one three-item menu a wrong one (card.one-document uses this bar too); 0.3 the same; the 297 unchanged',
    weight: 0.35,
    example:
      '"...apakah dana revitalisasi dikirim langsung oleh Kemenperin?" with only the DAK card in reach: its answer, not one choice',
  },
  'card.topic-named': {
    does: "a card under the answer bar answers (card.agreed-bar, card.single-choice, card.each-question-agreed) only when the asking sentence (or the story words a thin one borrows) holds a word of the card's heading or of the asking sentences of its formal or English questions whose IDF over the cards is at least this, not only a word its chat or story variants happen to use (0 off)",
    weight: 1.5,
    example:
      '"what is the capital city of Australia?" meets the Incoterms card only through a story variant\'s "australia": not answered',
  },
  'card.scope-margin': {
    does: 'a card under the answer bar answers through card.agreed-bar only when it leads the best decline card by at least this much',
    weight: 0.1,
    example:
      '"who should I vote for to help small industries?" is near both the programme cards and the politics decline card: not answered',
  },
  'tools.asks-back-yields': {
    does: 'a calculator that worked nothing out (it asks for a missing figure) leaves a message that asks two or more things to the knowledge, which answers each, with the offer to work it out (1 on, 0 off)',
    weight: 1,
    example:
      '"mau nanya 2 hal: 1. gedungnya bisa dipakai? 2. kain sy jual 1,5jt, gmn ngitung harga jual?" -> both questions answered, not "saya masih perlu HPP"',
  },
  'tools.method-yields': {
    does: "a calculator that worked nothing out (it asks for a missing figure) leaves a message whose asking sentence asks how (cara, gimana, how to) and whose story gives some of the asker's figures to an answer card that answers it, or else to the closest card of the section the calculator follows; the question back follows the card in two lines, so a reply with figures continues the calculation. A how-to without figures stays with the calculator, whose question back says what to send (1 on, 0 off)",
    weight: 1,
    example:
      '"...harga sy kira2 aja, kadang 350rb. gmn cara ngitung HPP yg bener?" -> the HPP card, then "saya masih perlu: biaya tenaga kerja langsung; biaya overhead produksi"',
  },
  'tools.scope-card-wins': {
    does: 'a tool that answers (a calculator, the directory, a criteria check) yields to a decline card that declines the message (card.out-of-scope) with at least this score: figures in a message about a personal debt or a loan shark are not a pricing question. A decline card close only through a word or two ("rupiah" in a price question, 0.35) does not take the message (0 off)',
    weight: 0.45,
    example:
      '"pinjem 5jt ke lintah darat, skrg bunganya jd 9jt, hrs bayar semua?" -> the decline card for personal debts, not a margin calculation',
  },
  'card.own-status': {
    does: 'a message that asks where the asker\'s own application stands (question kind status: "udh disetujui blm?", "kapan cair?") and that no card answers above the answer bar is declined by the closest decline card of the section on such status (a heading with "status"), with where to ask, not offered choices (1 on, 0 off)',
    weight: 1,
    example:
      '"Proposal DAK sentra kami yg dikirim bulan Maret kemarin udh disetujui blm ya?" had been offered the DAK proposal-tips card as a choice',
  },
  'card.short-followup-whole': {
    does: 'a follow-up of at most followup.evidence-words words whose first part names nothing of its own (no telling word, or it points back: itu, gitu) is one question in parts: it is read whole, with the subject it borrowed, never part by part (card.each-question) (1 on, 0 off)',
    weight: 1,
    example:
      '"yg ngomong gt siapa sih? pejabat apa?" after a question about Sidoarjo and Magetan: read alone, "yg ngomong gt siapa sih?" found the card of who heads the ministry\'s office',
  },
  'tools.scope-card-lead': {
    does: 'a decline card takes a message from a tool (tools.scope-card-wins) only when it leads the best card the knowledge answers by at least this: a decline card close through the message\'s money words alone ("balik modal") is no closer than the cards about payback',
    weight: 0.05,
    example:
      '"beli mesin serut Rp 31,5 juta ... untung per meja Rp 225.000 ... berapa bulan lunas?": the gambling card (0.54) leads the payback cards by 0.02: the calculator answers; the personal-debt card leads "kasih modal 8jt ke adik ipar ... cara nagihnya?" by 0.07 and declines it',
  },
  'tools.rest-answered': {
    does: "a criteria check, a DAK check, a directory search or a calculation that answers one question of a message asking two or three things leaves the other questions to be answered on their own (by the other tool or a card), each after the tool's answer with its sources; a question only answered by a decline or a choice adds nothing (1 on, 0 off)",
    weight: 1,
    example:
      '"desa kami 1.240 KK, 210 bikin besek. apakah memenuhi kriteria sentra? lalu mesin pembelah bambu bisa dibiayai DAK?" -> the criteria check, then the DAK check',
  },
  'followup.by-evidence': {
    does: "a short message in a conversation that the follow-up completion leaves alone (it names words of its own) is completed from the previous question anyway when that reading's best card scores at least this much higher than the message's own (0 off)",
    weight: 0.15,
    example:
      '"katanya kemenperin mau revitalisasi ribuan sentra ikm ya?" then "duitnya dr mana?": read with the revitalisation topic, not as a question about money in general',
  },
  'followup.leaning-story': {
    does: "followup.by-evidence also reads both ways a message with a story whose asking sentence names only 'its ...' of something (alamatnya, syaratnya): the story may not name what it is, the previous question may (0 off)",
    weight: 1,
    example:
      '"gedung sentra tapis dibiayai dr mana?" then "alamatnya persisnya di mn ya? mau mampir pas ke lampung"',
  },
  'followup.evidence-words': {
    does: "the longest message (in words, with no story sentence) that followup.by-evidence reads both ways; a longer one is taken to say what it asks. At 14 and 18 the 297 questions' follow-ups fell 0.923 -> 0.897 and the tuned realistic messages did not move",
    weight: 10,
    example:
      '"tp pelanggan lama udh kenal yg lama, gmn biar mrk gak bingung?" (11 words) after a question about changing the brand name',
  },
  'card.not-held': {
    does: 'a card whose answer opens by saying the knowledge does not hold it ("Basis pengetahuan ini tidak memuat ...") declines and hands over to a mentor, keeping its pointer to where to ask (1 on, 0 off)',
    weight: 1,
    example: '"berapa pagu DAK Sidoarjo 2027?" -> the card that says regional allocations are not held',
  },
  'card.support-min-idf': {
    does: "a sentence of the card's section is added after the card's answer when it holds question words the answer lacks, together at least this rare (summed IDF)",
    weight: 4,
    example:
      '"INTAKO singkatan dari apa? Trus ketuanya siapa?": the card says what INTAKO means, the section adds its chair',
  },
  'card.coverage': {
    does: "how much a card's score depends on the share of the asking sentence's weight found anywhere in the card (its variants, answer and heading)",
    weight: 0.3,
    example:
      '"How many clusters does Indonesia have according to BPS?" is covered by the national count card, only in part by "Apa itu BPS?"',
  },
  'card.choice-coverage': {
    does: 'a card is offered as a choice, or answers by a clear lead, only when it holds at least this share of the asking sentence (words met only in a story variant do not make it a topic)',
    weight: 0.3,
    example: '"siapa presiden pertama?" shares one word with a card: no choice offered, a decline',
  },
  'card.choice-named-best': {
    does: "the closest card is offered as a choice under card.choice-coverage when the asking sentence's own words name its topic and it scores at least card.agreed-bar: a thin question that borrows many story words covers little of any card (1 on, 0 off)",
    weight: 1,
    example:
      '"Sy bikin kue kering ... katanya harus ada labelnya. Di label itu wajib ada apa aja sih kak?": the label card is offered',
  },
  'card.coverage-score': {
    does: "how much the share of the asking sentence held by the card also lowers the card's score, the one the bars read",
    weight: 0,
    example:
      '"What is the DAK allocation for Garut in 2027?" holds only "DAK" of the glossary card "Apa itu DAK?"',
  },
  'card.coverage-score-en': {
    does: 'the same for a message in English, whose words reach the cards through a word list and match loosely ("capital" is also "modal")',
    weight: 0.2,
    example: '"What is the capital city of Australia?" holds only "modal" of a working-capital card',
  },
  'card.choices-agree': {
    does: "a clarifying choice whose answer shares at least this share of its words with a choice already offered (two documents' cards giving the same facts) is not offered again; when one topic is left, card.single-choice may let it answer (0 off)",
    weight: 0.5,
    example:
      '"How many business units operate in the cluster?": two Tanggulangin cards, from two documents, both give 410 units and 2,500 workers',
  },
  'card.classifier': {
    does: "weight of the card classifier's probability (multinomial logistic regression learned from every card's variants and answers; src/rag/cards/classifier.ts), relative to its first choice (card.classifier-relative), added to the order of the cards (0 off). With card.classifier-score at 0.15 and relative on, chosen on the 494 tuned messages (fact 0.815 -> 0.840; at 0.3 and 0.1: 0.819): held out, 12n+p+r 0.563 -> 0.650, 12t 0.577 -> 0.615, 12v first sentence 0.385 -> 0.462; on the 297 fact 0.834 -> 0.838, follow-ups 0.923 -> 0.872, declines 0.929 -> 0.911; 12d first sentence 0.75 -> 0.69",
    weight: 0.15,
    example:
      '"... pemkab Sidoarjo mau kerja sama sm Magetan ... Itu kerja samanya soal apa sih?": the classifier is sure of the cooperation card (0.23 against 0.006 for the cluster overview)',
  },
  'card.classifier-score': {
    does: "weight of the card classifier's probability (relative to its first choice, card.classifier-relative) added to a card's score, the one the answer and choice bars read (0 off)",
    weight: 0.15,
    example: 'the card the classifier puts first gains 0.15: from 0.5 under the answer bar to 0.65 over it',
  },
  'card.classifier-relative': {
    does: "the classifier's probabilities are divided by its largest before card.classifier and card.classifier-score add them: its first choice counts 1, the others their share of it (1 on, 0 off); at 2 only card.classifier reads them so, and card.classifier-score takes the probabilities as they are",
    weight: 1,
    example:
      'the classifier gives the cooperation card 0.23 and the cluster overview 0.006: 1 and 0.03 relative',
  },
  'card.classifier-unknown': {
    does: "when the asking sentence holds a word no card knows (four letters or more, not a figure), the classifier's probability is added to the order only, not to the score the bars read: the cards never saw what the word names (1 on, 0 off)",
    weight: 1,
    example:
      '"bagaimana cara daftar pameran Inacraft?": no card knows Inacraft; the fair follow-up card is not lifted over the bar, and a mentor\'s document on Inacraft can answer',
  },
  'card.unknown-scope': {
    does: 'when card.classifier-unknown keeps the classifier out of the score, a decline card (knowledge/cakupan/) still gets its lift: a word no card knows is as likely to name what Pendamping IKM does not answer (1 on, 0 off)',
    weight: 1,
    example:
      '"prosedur bantuan alat pascapanen dari Kementerian Pertanian?": no card knows "pascapanen"; the classifier\'s pick, the decline card for other agencies\' schemes, is still lifted',
  },
  'card.classifier-story': {
    does: "weight of the story's words beside the asking sentence's in what the classifier reads",
    weight: 0.3,
    example: '"usaha tenun saya di Sumba ... gimana cara nyatet stok?": "tenun" counts 0.3 of "stok"',
  },
  'card.text-weight': {
    does: "share of a card's score that comes from its own answer and section heading rather than its variants",
    weight: 0.25,
    example:
      'a question worded like the knowledge ("persediaan bahan baku") reaches the card through its answer',
  },
  'card.section-agrees': {
    does: "added to a card when the lexical search's best chunk is the card's own section (a half for the second, a third for the third); messages without a story",
    weight: 0.1,
    example: 'BM25 and the card matcher both point at "Cara mencatat stok": the card answers',
  },
  'card.typo-weight': {
    does: 'weight of a word read as the card vocabulary word one or two letters away (a typo)',
    weight: 0.8,
    example: '"pembukuan sederhna" reads "sederhna" as "sederhana"',
  },
  'card.chat-skeleton': {
    does: 'weight of a word in no card read as the card word with the same consonants (chat drops vowels)',
    weight: 0.8,
    example: '"label kemasan mknan" reads "mknan" as "makan"',
  },
  'card.goods-words': {
    does: "weight of the words naming the asker's goods (src/text/goods.ts: keripik, batik, dompet, leather...) in the asking sentence: they set the scene more often than they say what is asked",
    weight: 0.5,
    example:
      '"How do I set a selling price for my leather wallets?" asks about pricing, not about packing leather goods',
  },
  'card.figure-weight': {
    does: 'weight of a figure in the message that no card holds (the asker\'s own amounts, "1,5jt", "40 tas"), other than a year: data for a calculation, not what is asked about',
    weight: 0,
    example: '"kain sy jual 1,5jt, gmn ngitung harga jual?" is matched on kain, jual, hitung, harga',
  },
  'card.unknown-weight': {
    does: 'weight of a word no card uses (a name, a chat word, a topic the knowledge lacks) in the message',
    weight: 0.5,
    example: '"resep rendang gimana?": "rendang" still counts, at half weight',
  },
  'card.source-qualifier': {
    does: 'weight of the words that name where a figure should come from ("menurut BPS", "according to the ministry")',
    weight: 0.3,
    example: '"How many clusters does Indonesia have according to BPS?" asks for the count, not what BPS is',
  },
  'card.when-words': {
    does: 'words that say when ("bulan depan", "minggu lalu", "besok") are left out of the asking sentence (1 on)',
    weight: 1,
    example:
      '"mau ikut pameran bulan depan, katalog isinya apa?" is not about the front ("depan") of a package',
  },
  'card.hearsay-words': {
    does: 'words that say where the asker heard something ("kabarnya", "katanya", "denger2", "I heard") are left out of the asking sentence and the story before they are matched with the cards (1 on)',
    weight: 1,
    example:
      '"Kabarnya Kemenperin pernah ngadain business matching di sini. Pembeli yg didatengin siapa aja?" is not about a buyer who sends no news ("buyer blm ada kabar")',
  },
  'card.glossary-kind': {
    does: 'subtracted from the score of a glossary card (knowledge/glosarium/: what a word means) when the message asks for something other than a definition (how much, when, who, where, why, how, a list, or yes/no: "pirt tu wajib gak?", with no "apa"/"artinya"/"singkatan"): it asks about the thing, not what the word means. At 0.2 it gained a fact and two first sentences of the 297 and one first sentence of 12k, and turned one 297 answer into a choice',
    weight: 0.2,
    example:
      '"sentra ikm tu diatur di PP brp ya?" wants PP No. 29/2018, not "PP adalah singkatan dari Peraturan Pemerintah"',
  },
  'card.glossary-named': {
    does: "subtracted from the score of a glossary card (knowledge/glosarium/) whose term the asking sentence's own words do not name (only the story does): a word's meaning is asked by naming the word (0 off)",
    weight: 0.2,
    example:
      '"... pemkab Sidoarjo mau kerja sama sm Magetan ... Itu kerja samanya soal apa sih?" asks about the cooperation, not what "Pemkab" means',
  },
  'card.idf-cap': {
    does: 'the largest IDF a word gets in card matching (0: no cap): a word found in one or two cards ("pantas", "capek") cannot outweigh the topic words of the question on its own. Off: at 4 and at 5 it gained English and first-sentence figures on the newest tuned set but answered out-of-scope messages it declined before (12g 3 of 3 declined -> 2, the 297: 0.929 -> 0.911) and lost a story of 12g',
    weight: 0,
    example: '"Cara nentuin harga jual yg pantas gmn ya?" meets a packaging card through "pantas"',
  },
  'card.english-df-scale': {
    does: "how much more common a word is taken to be when only the cards' English lines use it (their English questions and answers, about one line in six): its document frequency is multiplied by this before the IDF, so an English word no Indonesian line uses (basic, contain, appeal) does not weigh like a rare topic word because English is written less (1: off). At 5, about the lines per card in Indonesian for each in English, the tuned realistic messages went 0.756 -> 0.774 in fact recall and 0.610 -> 0.633 first, the 297 questions 0.838 -> 0.830 (4: the same; 8: 0.782 / 0.642 and 0.826)",
    weight: 5,
    example:
      '"What should a basic catalogue contain?" meets the profit-and-loss card through "basic" ("what lines go in a basic P&L?")',
  },
  'card.synonym': {
    does: "adds a domain synonym's canonical words beside the user's (src/text/synonyms.ts)",
    weight: 1,
    example: '"kapan balik modal?" also reads "titik impas"',
  },
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** The weights in force: the table's, with any overrides (an evaluation sweep). */
export type RuleSet = Record<RuleName, number>;

export function ruleSet(overrides: Partial<Record<string, number>> = {}): RuleSet {
  const out = {} as RuleSet;
  for (const name of Object.keys(RULES) as RuleName[]) out[name] = overrides[name] ?? RULES[name].weight;
  for (const name of Object.keys(overrides))
    if (!(name in RULES)) throw new Error(`unknown rule "${name}" (known: ${Object.keys(RULES).join(', ')})`);
  return out;
}

/** One rule that fired while answering, and what it did. */
export interface FiredRule {
  rule: RuleName;
  effect: string;
}

/** "name=value" pairs from the command line (`--rule card.answer-bar=0.6`). */
export function parseRuleOverrides(items: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const [name, value] = item.split('=');
    if (!name || value === undefined || value.trim() === '' || Number.isNaN(Number(value)))
      throw new Error(`--rule expects NAME=NUMBER, got "${item}"`);
    out[name] = Number(value);
  }
  return out;
}
