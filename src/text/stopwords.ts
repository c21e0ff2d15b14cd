/** Function words dropped before retrieval, Indonesian and English (questions come in both). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `ada adalah agar akan aku anda apa apakah atau bagaimana bagi bahwa banyak begitu belum berapa beri
  bila bisa boleh buat bukan cara dalam dan dapat dari demikian dengan di dia ini itu jadi jika juga kalau kami kamu
  kan karena ke kenapa kepada ketika kini lagi lah lain maka mana masih mau melalui memang mengapa menjadi mereka
  misalnya mohon nya oleh pada para per perlu pun saat saja sama sampai sangat saya se sebagai sebelum sedang
  sehingga sejak seperti serta siapa sini situ suatu sudah supaya tahu tanya tapi telah tentang tentu tersebut
  tetapi tidak tolong untuk usai walau yaitu yakni yang apanya berapakah bagaimanakah harus hal kapan dimana ingin
  the a an and or of to in on for is are was were be been what which who whom how why when where do does did can
  could should would will i we you my our your it its this that these those with from by as at about into me us
  there their they them than then so if not no any some much many please tell ive im id youre dont doesnt didnt cant
  wont isnt arent has have had having get got getting use used using also just only very really still yet ever never
  someone something anyone anything everyone else first one two three four five six seven eight nine ten other others
  own same such more most less least should shall might may must way ways thing things give take make made go going
  want wants need needs know let lets like say said see seen ask asked get gets want would usually often sometimes
  kind sort type example etc into onto over under again once here between each every both few than too
  selain sebuah seorang sesuatu sekarang terus aja deh dong sih kok kah lah tuh nih ya yah benar betul tepat bagus
  but mean means meant work works right now also able anyone usually often
  he she her hers herself him himself his themselves myself yourself ourselves itself whats hows wheres whos through via
  halo hallo hai hi hello hey permisi assalamualaikum salam selamat pagi siang sore mohon maaf terima kasih makasih
  alasan alasannya alesan alesannya`
    .split(/\s+/)
    .filter(Boolean),
);
