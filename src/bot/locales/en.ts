import type { MessageKey } from './id.ts';

/** English strings, for users who write English. Same keys as id.ts. */
export const en: Record<MessageKey, string> = {
  welcome:
    'Hello! I am Pendamping IKM, an assistant for artisans, small industries and sentra IKM mentors. I answer questions on bookkeeping and pricing, brands, packaging and labels, marketing, and the sentra IKM programmes, with sources; when I do not know, I pass your question to a human mentor.\n\nCommands: /hitung cost, selling price, profit and more, /sentra find a cluster, /kriteria check the sentra criteria, /bantuan, /privasi, /hapus.',
  privacy:
    "Privacy\n\nWhat is stored: your questions, my answers, your 👍/👎, and questions passed to a mentor, under a pseudonymous code (not your name or phone number), plus the chat id so that a mentor's reply can reach you here.\nWhy: to answer you, to pass questions to mentors, and to improve the bot's knowledge.\nWho reads it: the IKM mentors, in the mentor workspace.\nHow long: until you delete it with /hapus (at most 2 years).\n\nNothing personal is stored before you agree: only your last question, for a while (at most 30 minutes) and under a code name, so that it can be answered once you agree. A voice note is not downloaded or listened to before you agree: only Telegram's reference to it is kept.",
  privacyConsented: 'You have agreed. Send /hapus at any time to delete all your data.',
  privacyShort:
    'Privacy in short: questions and answers are stored under a code name (not your name or number) so that mentors can help and the bot can improve. Delete them any time with /hapus.',
  privacyButton: '📄 Read in full',
  consentReminder: 'I am holding your last question for a while. Tap ✅ I agree so that I can answer it.',
  groupConsent:
    'Before I answer, please agree to the privacy notice in a private chat with me. I will answer your question there.',
  groupConsentButton: '💬 Open private chat',
  heldFromGroup: 'I will answer your question from the group ("{question}") here once you agree.',
  consentButton: '✅ I agree',
  consentAsk: 'Before I answer, please agree to this privacy notice.',
  consentThanks: 'Thank you, your consent is recorded.',
  consentThanksPending: 'Thank you, your consent is recorded. Here is the answer to your question:',
  consentExpired: 'Please send your question now.',
  help: 'What I can do:\n• Ask a question, e.g. "how do I calculate production cost?"\n• /sentra bags in Sidoarjo: search the cluster directory (or send a location for the nearest)\n• /kriteria: check whether a village meets the sentra IKM criteria\n• /hitung: work it out with your own figures: /hitung hpp (cost per unit), /hitung harga (selling price), /hitung impas (break-even), /hitung susut (machine depreciation), /hitung laba (net profit), /hitung potongan (marketplace fees)\n• The "Ask a mentor" button under an answer: pass it to a human mentor\n• /privasi: what is stored; /hapus: delete all your data\n\nI read text messages (Indonesian or English). In groups, mention @{bot} or reply to my message.',
  sources: 'Sources',
  typingFailed: 'Sorry, something went wrong. Please try again shortly.',
  buttonUp: '👍',
  buttonDown: '👎',
  buttonMentor: '🙋 Ask a mentor',
  feedbackThanks: 'Thank you for the rating!',
  feedbackGone: 'This answer is no longer stored.',
  handoffRequested:
    'Your question has been passed to a mentor. The reply will come to this chat, usually within 1-2 working days.',
  handoffFailed: 'Sorry, this question could not be passed to a mentor. Tap 🙋 Ask a mentor to try again.',
  handoffAlready: 'This question has already been passed to a mentor.',
  consentKept:
    'Thank you, your consent is noted. Our system is having trouble, so it will be stored as soon as the system is back.',
  feedbackKept: 'Thank you! The system is having trouble; your rating is noted and stored once it is back.',
  handoffKept:
    'Your request for a mentor is noted. Our system is having trouble, so it is queued and passed to a mentor as soon as the system is back. The reply will come to this chat.',
  deleteConfirm:
    'Delete all your data? Your questions, answers, ratings, questions to mentors and your consent will be deleted for good.',
  deleteYes: '🗑 Yes, delete',
  deleteNo: 'Cancel',
  deleteDone:
    'All your data has been deleted ({count} records). Your consent is withdrawn; if you ask again I will ask for consent first.',
  deleteNothing: 'No data of yours is stored. Your consent (if any) is withdrawn.',
  deleteCancelled: 'OK, nothing was deleted.',
  privateOnly: 'This command works only in a private chat with me, for your privacy.',
  sentraAsk:
    'Name the place and/or the product, e.g. "bags in Sidoarjo" or "tenun di Lampung". Or send your location to find the nearest cluster.',
  sentraSearching: '🔎 Searching the cluster directory…',
  sentraNearby: 'near your location',
  sentraNotFound:
    'I found no cluster for "{words}" in the directory. Try a product and/or a regency or city, e.g. "/sentra bags in Sidoarjo", or send /sentra and share your location.',
  sentraLocationButton: '📍 Send my location',
  criteriaStart:
    'Sentra IKM criteria check. I will ask a few things; send /batal to stop.\n\nHow many households are there in the village?',
  criteriaSimilar: 'How many businesses in the village make the same kind of product?',
  criteriaVillage: 'Are those businesses within one village?',
  criteriaGuidance: 'Is there a group or cooperative, or guidance from an agency, ministry or department?',
  criteriaKnown: 'Is the village known to the public for this product?',
  criteriaNumber: 'Please type just the number, e.g. 500. Send /batal to stop.',
  yes: 'Yes',
  no: 'No',
  unknown: "Don't know",
  cancelled: 'OK, stopped.',
  nothingToCancel: 'Nothing is running.',
  signInLink: 'Sign-in link for the mentor workspace (single use, expires soon):\n{link}',
  signInRefused: 'Sorry, this command is only for registered mentors.',
  signInUnavailable: 'Sorry, the mentor workspace is not available on this service.',
  unsupported:
    'Sorry, I can only read text messages for now. {kind} I cannot read; please type your question in words.',
  kindPhoto: 'Photos',
  kindVoice: 'Voice notes',
  kindAudio: 'Audio',
  kindVideo: 'Videos',
  kindSticker: 'Stickers',
  kindDocument: 'Documents',
  kindAnimation: 'GIFs',
  kindContact: 'Contacts',
  kindLocation: 'Locations (outside /sentra)',
  kindPoll: 'Polls',
  kindOther: 'This kind of message',
  edited: 'I do not read edited messages. If your question changed, please send it again as a new message.',
  rateDeferred: 'Easy there 🙏 I answer your messages in order; the next one in about {seconds} seconds.',
  rateRefused:
    'Too many messages at once 🙏 I will not answer this one or those you send in the next {seconds} seconds. After that, please send again what matters.',
  warmingUp:
    'One moment please 🙏 I have just started and am loading my knowledge. I will answer your message shortly.',
  commandsStart: 'Start and privacy notice',
  commandsHelp: 'What I can do',
  commandsSentra: 'Find an IKM cluster (place, product or location)',
  commandsCriteria: 'Check the sentra IKM criteria',
  commandsHitung: 'Cost per unit, selling price, break-even, depreciation, net profit, marketplace fees',
  hitungChoose:
    'What shall we work out? Pick one, then send your own figures and I will calculate step by step.',
  commandsPrivacy: 'What is stored',
  commandsDelete: 'Delete all my data',
  commandsCancel: 'Stop the current dialogue',
  mentorReplyHeader: 'Reply from a mentor',
};
