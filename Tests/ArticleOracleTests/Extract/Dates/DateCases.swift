/// The table of date cases: sentences with a publication date and every item expected.
/// Publication 2022-04-26 is a Tuesday in ISO week 2022-W17.
enum DateCases {
  static let absolute: [DateCase] = [
    .init("The talks began on April 26, 2022.", "2022-04-26", ["April 26, 2022 => 2022-04-26 DATE anchor=absolute"]),
    .init("It was signed 26 April 2022 in Kyiv.", "2022-04-26", ["26 April 2022 => 2022-04-26"]),
    .init("Russia invaded Feb. 24 with tanks.", "2022-04-26", ["Feb. 24 => 2022-02-24 DATE anchor=publication"]),
    .init("The file is dated 2022-04-26 in the log.", "2022-04-26", ["2022-04-26 => 2022-04-26"]),
    .init("The deadline was 4/26/2022 for bids.", "2022-04-26", ["4/26/2022 => 2022-04-26"]),
    .init("The form says 26/4/2022 at the top.", "2022-04-26", ["26/4/2022 => 2022-04-26"]),
    .init("Sales fell in March 2021 after the ban.", "2022-04-26", ["March 2021 => 2021-03"]),
    .init("The law took effect in 1998 after a vote.", "2022-04-26", ["1998 => 1998 anchor=absolute"]),
    .init("Prices soared in the 1970s and fell later.", "2022-04-26", ["the 1970s => 197"]),
    .init("Growth slowed in the third quarter of 2021.", "2022-04-26", ["the third quarter of 2021 => 2021-Q3"]),
    .init("Third-quarter profit rose sharply.", "2022-10-20", ["Third-quarter => 2022-Q3"]),
    .init("April 26 (UPI) -- The UN chief is to meet Putin.", "2022-04-26", ["April 26 => 2022-04-26"]),
    .init("Sept. 30, 1989, was a Saturday.", "2022-04-26", ["Sept. 30, 1989 => 1989-09-30"]),
    .init("The report came out on December 31, 1999.", "2022-04-26", ["December 31, 1999 => 1999-12-31"]),
    .init("She was born on January 1, 2000, in Lyon.", "2022-04-26", ["January 1, 2000 => 2000-01-01"]),
    .init("The leap day February 29, 2024 was busy.", "2022-04-26", ["February 29, 2024 => 2024-02-29"]),
    .init("The leap day 29 February 2000 was busy.", "2022-04-26", ["29 February 2000 => 2000-02-29"]),
    .init("A date like February 29, 2023 does not exist.", "2022-04-26", ["2023 => 2023"]),
    .init("In mid-2021 the plan changed.", "2022-04-26", ["mid-2021 => 2021 mod=MID"]),
    .init("The 20th century ended quietly.", "2022-04-26", ["The 20th century => 19"]),
    // Centuries as adjectives, in words, two at once, and before the era (1.18.0).
    .init("A 19th-century law and the 12th-century church survive.", "2022-04-26",
      ["19th-century => 18 DATE anchor=absolute", "12th-century => 11"]),
    .init("In the twentieth century wars raged; the twenty-first century is calmer.", "2022-04-26",
      ["the twentieth century => 19", "the twenty-first century => 20"]),
    .init("It changed in the 20th and 21st centuries, and from the 18th to the 19th century.", "2022-04-26",
      ["the 20th => 19", "21st centuries => 20", "the 18th => 17", "the 19th century => 18"]),
    .init("The wall dates from the 5th century BC and the coin from the 1st century B.C.", "2022-04-26",
      ["the 5th century BC => BC04", "the 1st century B.C. => BC00"]),
    .init("She came 20th in the race, and third in the century's last games.", "2022-04-26", []),
    .init("Early 2020 saw lockdowns.", "2022-04-26", ["Early 2020 => 2020 mod=START"]),
    .init("Late November brought snow.", "2022-12-10", ["Late November => 2022-11 mod=END"]),
    .init("By the end of 1990 it was over.", "2022-04-26", ["the end of 1990 => 1990 mod=END"]),
    .init("He spent Christmas 2021 at home.", "2022-04-26", ["Christmas 2021 => 2021-12-25"]),
    .init("Rates rose in the '80s as well.", "2022-04-26", ["the '80s => 198"]),
    .init("Revenue for fiscal 2021 rose.", "2022-04-26", ["fiscal 2021 => 2021"]),
    // Fiscal-year codes: two digits take the century nearest publication; no split years.
    .init("FY23 revenue beat FY2022 and the FY 2021 outlook; FY23/24 and FY23-24 differ.", "2022-04-26",
      ["FY23 => 2023 DATE anchor=absolute", "FY2022 => 2022", "FY 2021 => 2021"]),
    .init("The FY99 budget was tight.", "1998-10-01", ["FY99 => 1999"]),
    .init("The FY99 budget and the FY05 one; fy23 is no code.", nil, ["FY99 => 1999", "FY05 => 2005"]),
    .init("It grew in the first half of 2021.", "2022-04-26", ["the first half of 2021 => 2021-H1"]),
    .init("Profit fell in the 2021 fourth quarter.", "2022-04-26", ["the 2021 fourth quarter => 2021-Q4"]),
    .init("Profit fell in this year's third quarter.", "2022-10-26", ["this year's third quarter => 2022-Q3"]),
    .init("Profit beat the year-earlier third quarter.", "2022-10-26", ["the year-earlier third quarter => 2021-Q3"]),
    .init("He picked the date a week or so ago.", "2022-04-26", ["a week or so ago => 2022-W16"]),
    .init("Talks could take two years or so.", "2022-04-26", ["two years or so => P2Y DURATION"]),
    .init("The strike ended in May 2019 after talks.", "2022-04-26", ["May 2019 => 2019-05"]),
    .init("The vote is on Nov. 8, 2022.", "2022-04-26", ["Nov. 8, 2022 => 2022-11-08"]),
    .init("The treaty was signed in June 1990 in Paris.", "2022-04-26", ["June 1990 => 1990-06"]),
    .init("Monday, April 25, 2022 was the day.", "2022-04-26", ["Monday, April 25, 2022 => 2022-04-25"]),
    .init("He moved there in nineteen ninety-six with his wife.", "2022-04-26", ["nineteen ninety-six => 1996"]),
    .init("Fears grew before the year two thousand arrived.", "2022-04-26", ["the year two thousand => 2000"]),
    .init("The drought of the summer of 2018 was long.", "2022-04-26", ["the summer of 2018 => 2018-SU"]),
    .init("The drought hit in the summer, farmers said.", "2022-10-05", ["the summer => 2022-SU"]),
    .init("The drought hit in the summer, farmers said.", "2022-04-26", ["the summer => 2021-SU"]),
    .init("The deal should close by year-end.", "2022-04-26", ["year-end => 2022 mod=END"]),
    .init("He was promoted in 1995, and the following year he retired.", "2022-04-26", ["1995 => 1995", "the following year => 1996"]),
    .init("Sales rose in June last year and in February this year.", "2022-04-26", ["June last year => 2021-06", "February this year => 2022-02"]),
    .init("The paper said in an editorial on Monday, April 25: the court erred.", "2022-04-27", ["Monday, April 25 => 2022-04-25"]),
    .init("Two helicopters crashed last February.", "2022-03-01", ["last February => 2021-02"]),
    .init("The plant closed last April.", "2022-10-27", ["last April => 2022-04"]),
    .init("Shares hit a high for the year in June.", "2022-10-27", ["the year => 2022", "June => 2022-06"]),
    .init("Revenue in the year ended March 31 rose.", "2022-10-27", ["the year => P1Y DURATION", "March 31 => 2022-03-31"]),
    .init("Growth should slow in coming months.", "2022-10-27", ["coming months => PXM DURATION"]),
    .init("The plant opened in 1998 and closed later that year.", "2022-10-27", ["1998 => 1998", "later that year => 1998"]),
    .init("The plant closed that year.", "2022-10-27", []),
  ]

  static let weekdays: [DateCase] = [
    .init("On Monday he met Erdogan.", "2022-04-26", ["Monday => 2022-04-25 DATE anchor=publication"]),
    .init("He will travel to Kyiv on Thursday.", "2022-04-26", ["Thursday => 2022-04-28"]),
    .init("On Thursday, he will then travel to Kyiv.", "2022-04-26", ["Thursday => 2022-04-28"]),
    .init("He met Lavrov on Tuesday.", "2022-04-26", ["Tuesday => 2022-04-26"]),
    .init("He will meet Lavrov on Tuesday.", "2022-04-26", ["Tuesday => 2022-04-26"]),
    .init("The summit was held on Sunday.", "2022-04-26", ["Sunday => 2022-04-24"]),
    .init("The summit is to be held on Sunday.", "2022-04-26", ["Sunday => 2022-05-01"]),
    .init("Officials said on Wednesday that talks failed.", "2022-04-26", ["Wednesday => 2022-04-20"]),
    .init("Talks are expected to resume Friday.", "2022-04-26", ["Friday => 2022-04-29"]),
    .init("He'll arrive Saturday with aides.", "2022-04-26", ["Saturday => 2022-04-30"]),
    .init("The party was on Friday.", "2022-01-01", ["Friday => 2021-12-31"]),
    .init("He will speak on Monday.", "2022-01-01", ["Monday => 2022-01-03"]),
    .init("The ceremony will take place on Sunday.", "2021-12-30", ["Sunday => 2022-01-02"]),
    .init("It happened Thursday, police said.", "2024-03-01", ["Thursday => 2024-02-29"]),
    .init("It happened Tuesday, police said.", "2023-03-01", ["Tuesday => 2023-02-28"]),
    .init("He arrived on Wednesday.", nil, ["Wednesday => XXXX-WXX-3 DATE anchor=unresolved"]),
    .init("He will arrive on Friday.", nil, ["Friday => XXXX-WXX-5 anchor=unresolved"]),
    .init("They met last Friday.", "2022-04-26", ["last Friday => 2022-04-22"]),
    .init("They meet next Friday.", "2022-04-26", ["next Friday => 2022-04-29"]),
    .init("They met last Tuesday.", "2022-04-26", ["last Tuesday => 2022-04-19"]),
    .init("They meet next Tuesday.", "2022-04-26", ["next Tuesday => 2022-05-03"]),
    .init("He left Thursday morning.", "2022-04-26", ["Thursday morning => 2022-04-21TMO TIME"]),
    .init("The shelling resumed Sunday night.", "2022-04-26", ["Sunday night => 2022-04-24TNI TIME"]),
    .init("The market is closed on Sundays.", "2022-04-26", ["Sundays => XXXX-WXX-7 SET"]),
    .init("Voting ended Saturday.", "2022-04-30", ["Saturday => 2022-04-30"]),
    .init("The court will rule Monday.", "2022-12-30", ["Monday => 2023-01-02"]),
    .init("The court ruled Monday.", "2023-01-01", ["Monday => 2022-12-26"]),
  ]

  static let deictic: [DateCase] = [
    .init("He left yesterday.", "2022-04-26", ["yesterday => 2022-04-25 DATE anchor=publication"]),
    .init("He leaves today.", "2022-04-26", ["today => 2022-04-26"]),
    .init("He leaves tomorrow.", "2022-04-26", ["tomorrow => 2022-04-27"]),
    .init("He speaks tonight.", "2022-04-26", ["tonight => 2022-04-26TNI TIME"]),
    .init("The fireworks were yesterday.", "2022-01-01", ["yesterday => 2021-12-31"]),
    .init("The vote is tomorrow.", "2024-02-29", ["tomorrow => 2024-03-01"]),
    .init("The vote is tomorrow.", "2023-02-28", ["tomorrow => 2023-03-01"]),
    .init("The vote was yesterday.", "2024-03-01", ["yesterday => 2024-02-29"]),
    .init("The vote was yesterday.", "2021-01-01", ["yesterday => 2020-12-31"]),
    .init("He landed yesterday morning.", "2022-04-26", ["yesterday morning => 2022-04-25TMO TIME"]),
    .init("Shots were heard last night.", "2022-04-26", ["last night => 2022-04-25TNI TIME"]),
    .init("He spoke this morning.", "2022-04-26", ["this morning => 2022-04-26TMO TIME"]),
    .init("He left yesterday.", nil, ["yesterday => XXXX-XX-XX anchor=unresolved"]),
    .init("He leaves tomorrow.", nil, ["tomorrow => XXXX-XX-XX anchor=unresolved"]),
  ]

  static let relativeUnits: [DateCase] = [
    .init("The trip was announced last week.", "2022-04-26", ["last week => 2022-W16"]),
    .init("He travels this week.", "2022-04-26", ["this week => 2022-W17"]),
    .init("He travels next week.", "2022-04-26", ["next week => 2022-W18"]),
    .init("Prices rose last month.", "2022-04-26", ["last month => 2022-03"]),
    .init("Prices rise next month.", "2022-04-26", ["next month => 2022-05"]),
    .init("Prices rose this month.", "2022-04-26", ["this month => 2022-04"]),
    .init("Prices rose last year.", "2022-04-26", ["last year => 2021"]),
    .init("Prices rise next year.", "2022-04-26", ["next year => 2023"]),
    .init("Prices rose this year.", "2022-04-26", ["this year => 2022"]),
    .init("Crowds came this weekend.", "2022-04-26", ["this weekend => 2022-W16-WE"]),
    .init("Crowds come this weekend.", "2022-04-26", ["this weekend => 2022-W17-WE"]),
    .init("Crowds come next weekend.", "2022-04-26", ["next weekend => 2022-W18-WE"]),
    .init("Crowds came last weekend.", "2022-04-26", ["last weekend => 2022-W16-WE"]),
    .init("It was announced earlier this year.", "2022-04-26", ["earlier this year => 2022"]),
    .init("It will be decided later this month.", "2022-04-26", ["later this month => 2022-04"]),
    .init("The office closed last week.", "2022-01-03", ["last week => 2021-W52"]),
    .init("The office closed last week.", "2021-01-04", ["last week => 2020-W53"]),
    .init("The office is closed this week.", "2021-01-01", ["this week => 2020-W53"]),
    .init("The office is closed this week.", "2016-01-01", ["this week => 2015-W53"]),
    .init("The office opens next week.", "2020-12-31", ["next week => 2021-W01"]),
    .init("The office opens next week.", "2015-12-24", ["next week => 2015-W53"]),
    .init("Sales fell last month.", "2022-01-15", ["last month => 2021-12"]),
    .init("Sales rise next month.", "2021-12-10", ["next month => 2022-01"]),
    .init("Sales fell last year.", "2022-01-01", ["last year => 2021"]),
    .init("Sales fell last quarter.", "2022-04-26", ["last quarter => 2022-Q1"]),
    .init("Sales rise next quarter.", "2022-04-26", ["next quarter => 2022-Q3"]),
    .init("Sales fell last quarter.", "2022-02-01", ["last quarter => 2021-Q4"]),
    .init("The vote was last January.", "2022-04-26", ["last January => 2022-01"]),
    .init("The vote is next January.", "2022-04-26", ["next January => 2023-01"]),
    .init("The rains came last fall.", "2022-04-26", ["last fall => 2021-FA"]),
    .init("The rains come next spring.", "2022-04-26", ["next spring => 2023-SP"]),
    .init("He returns this summer.", "2022-04-26", ["this summer => 2022-SU"]),
    .init("The crop failed last summer.", "2022-04-26", ["last summer => 2021-SU"]),
    // A winter is labelled by the year it begins in, whether the story is from its December
    // or its January; a split year names one winter.
    .init("Heating bills soared this winter; last winter was milder.", "2024-01-15",
      ["this winter => 2023-WI", "last winter => 2022-WI"]),
    .init("Heating bills will soar this winter.", "2023-12-20", ["this winter => 2023-WI"]),
    .init("Snow is forecast next winter.", "2024-02-10", ["next winter => 2024-WI"]),
    .init("Sales rose over the winter.", "2024-01-15", ["the winter => 2023-WI"]),
    .init("The winter of 2023-24 was mild, and winter 2022/23 was cold.", "2025-04-26",
      ["The winter of 2023-24 => 2023-WI anchor=absolute", "winter 2022/23 => 2022-WI"]),
    .init("Talks will resume in the spring.", "2024-10-10", ["the spring => 2025-SP"]),
    // January and February come before spring for the other seasons.
    .init("Talks resume next spring; sales fell this past fall.", "2024-02-10",
      ["next spring => 2024-SP", "this past fall => 2023-FA"]),
    .init("The drought hit in the spring, and the rains came last fall.", "2024-02-10",
      ["the spring => 2023-SP", "last fall => 2023-FA"]),
    .init("The vote was last week.", nil, ["last week => XXXX-WXX anchor=unresolved"]),
    .init("The vote was last year.", nil, ["last year => XXXX anchor=unresolved"]),
    .init("Crowds come this weekend.", nil, ["this weekend => XXXX-WXX-WE anchor=unresolved"]),
    .init("It was a turbulent year, the past year.", "2022-04-26", ["the past year => 2021"]),
  ]

  static let offsets: [DateCase] = [
    .init("He left five days ago.", "2022-04-26", ["five days ago => 2022-04-21 DATE anchor=publication"]),
    .init("He left 5 days ago.", "2022-04-26", ["5 days ago => 2022-04-21"]),
    .init("He left two weeks ago.", "2022-04-26", ["two weeks ago => 2022-W15"]),
    .init("He left three months ago.", "2022-04-26", ["three months ago => 2022-01"]),
    .init("He left two years ago.", "2022-04-26", ["two years ago => 2020"]),
    .init("He left a year ago.", "2022-04-26", ["a year ago => 2021"]),
    .init("He left five days ago.", "2022-01-03", ["five days ago => 2021-12-29"]),
    // Before year 1 or after 9999, a date has no four-digit TIMEX3 year: the expression is a reference.
    // A year after a capitalized word that is not a date word is still a year: holidays and
    // months the lexicon does not know (`Navroz 2022`) must not lose it.
    .init("Crowds marked the jamshedi Navroz 2022 in Mumbai.", "2022-04-26", ["2022 => 2022"]),
    .init("The rock formed a million years ago.", "2022-04-26", ["a million years ago => PAST_REF"]),
    .init("The city was founded 2,000 years ago.", "2022-04-26", ["2,000 years ago => 0022"]),
    .init("Ice covered it 20,000 years ago.", "2022-04-26", ["20,000 years ago => PAST_REF"]),
    .init("The light left the star a million days ago.", "2022-04-26", ["a million days ago => PAST_REF"]),
    .init("He left five days ago.", "2024-03-03", ["five days ago => 2024-02-27"]),
    .init("He left five days ago.", "2023-03-03", ["five days ago => 2023-02-26"]),
    .init("He left around five days ago.", "2022-04-26", ["around five days ago => 2022-04-21 mod=APPROX"]),
    .init("He left nearly two weeks ago.", "2022-04-26", ["nearly two weeks ago => 2022-W15 mod=LESS_THAN"]),
    .init("He left five days ago.", nil, ["five days ago => XXXX-XX-XX anchor=unresolved"]),
    .init("He returned two weeks later.", "2022-04-26", ["two weeks => P2W DURATION"]),
    .init("He returns in three months.", "2022-04-26", ["three months => P3M DURATION"]),
    .init("He will be back two days from now.", "2022-04-26", ["two days from now => 2022-04-28"]),
    .init("The war began 61 days ago.", "2022-04-26", ["61 days ago => 2022-02-24"]),
  ]

  static let durations: [DateCase] = [
    .init("The talks lasted two days.", "2022-04-26", ["two days => P2D DURATION anchor=absolute"]),
    .init("The war has lasted nearly nine weeks.", "2022-04-26", ["nearly nine weeks => P9W DURATION mod=LESS_THAN"]),
    .init("They signed a three-year deal.", "2022-04-26", ["three-year => P3Y DURATION"]),
    .init("They waited for months.", "2022-04-26", ["months => PXM DURATION"]),
    .init("They waited for years.", "2022-04-26", ["years => PXY DURATION"]),
    .init("The quarantine is 14 days.", "2022-04-26", ["14 days => P14D"]),
    .init("The job took 2 1/2 years.", "2022-04-26", ["2 1/2 years => P2Y6M"]),
    .init("The job took two and a half years.", "2022-04-26", ["two and a half years => P2Y6M"]),
    .init("The flight took five hours.", "2022-04-26", ["five hours => PT5H"]),
    .init("The flight took 90 minutes.", "2022-04-26", ["90 minutes => PT90M"]),
    .init("The feud lasted more than four decades.", "2022-04-26", ["more than four decades => P40Y mod=MORE_THAN"]),
    .init("The strike lasted at least 30 days.", "2022-04-26", ["at least 30 days => P30D mod=EQUAL_OR_MORE"]),
    .init("The dispute lasted about a decade.", "2022-04-26", ["about a decade => P10Y mod=APPROX"]),
    .init("The dispute lasted less than a week.", "2022-04-26", ["less than a week => P1W mod=LESS_THAN"]),
    .init("The rebuild will take several years.", "2022-04-26", ["several years => PXY"]),
    .init("The rebuild will take a few days.", "2022-04-26", ["a few days => PXD"]),
    .init("Prices rose over the past two months.", "2022-04-26", ["the past two months => P2M DURATION"]),
    .init("Rain is forecast for the next three days.", "2022-04-26", ["the next three days => P3D"]),
    .init("Sales rose in the first nine months.", "2022-04-26", ["the first nine months => P9M"]),
    .init("A 10-year-old boy was hurt.", "2022-04-26", []),
    .init("The boy is four years old.", "2022-04-26", []),
    .init("It was a 16-hour shift.", "2022-04-26", ["16-hour => PT16H"]),
    .init("The truce held for one week.", "2022-04-26", ["one week => P1W"]),
    .init("The ban lasted twenty-one days.", "2022-04-26", ["twenty-one days => P21D"]),
    .init("The siege lasted a month.", "2022-04-26", ["a month => P1M"]),
    .init("The silence lasted a minute and a half.", "2022-04-26", ["a minute and a half => PT1M30S"]),
    .init("The siege lasted 1.5 years.", "2022-04-26", ["1.5 years => P1Y6M"]),
    .init("Two days later the army returned.", "2022-04-26", ["Two days => P2D"]),
  ]

  static let references: [DateCase] = [
    .init("Prices are high now.", "2022-04-26", ["now => PRESENT_REF DATE"]),
    .init("He is currently in Moscow.", "2022-04-26", ["currently => PRESENT_REF"]),
    .init("He recently visited Kyiv.", "2022-04-26", ["recently => PAST_REF"]),
    .init("At the present moment there is no truce.", "2022-04-26", ["the present moment => PRESENT_REF"]),
    .init("Talks may resume in the future.", "2022-04-26", ["the future => FUTURE_REF"]),
    .init("Such wars belong to the past.", "2022-04-26", ["the past => PAST_REF"]),
    .init("Prices are high now.", nil, ["now => PRESENT_REF"]),
    .init("Few people write letters these days.", "2022-04-26", ["these days => PRESENT_REF"]),
    .init("Rates should stay low in the near term.", "2022-04-26", ["the near term => FUTURE_REF"]),
    .init("He took a short term loan.", "2022-04-26", []),
    .init("A listing is planned in the near future.", "2022-04-26", ["the near future => FUTURE_REF"]),
    .init("Sales for the full year rose.", "2022-04-26", ["the full year => 2022"]),
    .init("Attacks became routine over the past decade.", "2022-04-26", ["the past decade => P10Y DURATION"]),
    .init("Net for the year-earlier nine months fell.", "2022-10-26", ["the year-earlier nine months => P9M DURATION"]),
    .init("Sales will grow over the next couple of years.", "2022-04-26", ["the next couple of years => P2Y"]),
  ]

  static let sets: [DateCase] = [
    .init("The council meets every Tuesday.", "2022-04-26", ["every Tuesday => XXXX-WXX-2 SET"]),
    .init("The paper is published weekly.", "2022-04-26", ["weekly => P1W SET"]),
    .init("The paper is published daily.", "2022-04-26", ["daily => P1D SET"]),
    .init("The prize is awarded each year.", "2022-04-26", ["each year => P1Y SET"]),
    .init("They meet twice a week.", "2022-04-26", ["twice a week => P1W SET"]),
    .init("Pills are taken every two weeks.", "2022-04-26", ["every two weeks => P2W SET"]),
    .init("The fee is paid annually.", "2022-04-26", ["annually => P1Y SET"]),
    .init("The festival returns each July.", "2022-04-26", ["each July => XXXX-07 SET"]),
    .init("The board meets three times a year.", "2022-04-26", ["three times a year => P1Y SET"]),
    .init("He calls once a month.", "2022-04-26", ["once a month => P1M SET"]),
    // A unit after a measured quantity is a rate's denominator, part of the figure: no date.
    .init("The cuts save $500 million a year.", "2022-04-26", []),
    .init("Jobs grew at a rate of 358,000 a month.", "2022-04-26", []),
    .init("Qantas runs four flights a week.", "2022-04-26", []),
    .init("Gusts reached 60 miles an hour.", "2022-04-26", []),
    .init("Sales should rise 8.5% annually.", "2022-04-26", []),
    .init("The plant makes 10,000 units annually.", "2022-04-26", []),
    .init("Average daily volume fell.", "2022-04-26", []),
    .init("Guards stood there 24 hours a day.", "2022-04-26", []),
    // `a year ago`, `a year earlier` after an amount stay dates.
    .init("Net rose from $4 million a year ago.", "2022-04-26", ["a year ago => 2021"]),
  ]

  static let times: [DateCase] = [
    .init("The blast came at 10:35 a.m. local time.", "2022-04-26", ["10:35 a.m. => 2022-04-26T10:35 TIME"]),
    .init("Polls close at 6 p.m. EST in the state.", "2022-04-26", ["6 p.m. EST => 2022-04-26T18:00 TIME"]),
    .init("He will speak at 9 a.m. Thursday in Kyiv.", "2022-04-26", ["9 a.m. Thursday => 2022-04-28T09:00 TIME"]),
    .init("The curfew starts at noon in the city.", "2022-04-26", ["noon => 2022-04-26T12:00 TIME"]),
    .init("The curfew starts at midnight in the city.", "2022-04-26", ["midnight => 2022-04-26T24:00 TIME"]),
    .init("The shift starts at 12 a.m. sharp.", "2022-04-26", ["12 a.m. => 2022-04-26T00:00"]),
    .init("The shift starts at 12 p.m. sharp.", "2022-04-26", ["12 p.m. => 2022-04-26T12:00"]),
    .init("The train left at 7:15 pm on the dot.", "2022-04-26", ["7:15 pm => 2022-04-26T19:15"]),
    .init("The bomb exploded Friday. It went off at 10:35 a.m. near the embassy.", "2022-04-26", ["Friday => 2022-04-22", "10:35 a.m. => 2022-04-22T10:35 TIME"]),
    .init("He was arrested on Friday and charged the next day.", "2022-04-26", ["Friday => 2022-04-22", "the next day => 2022-04-23"]),
    .init("He was arrested and charged the next day.", "2022-04-26", []),
    // A time alone takes the day last named in its paragraph, or in the week up to
    // publication; a paragraph after a far or coming day it is the publication day's (1.18.0).
    .init("Shares fell ahead of book-closing on March 31.\n\nThe dollar stood at 104.85 yen at 5 p.m.", "1996-02-29",
      ["March 31 => 1996-03-31", "5 p.m. => 1996-02-29T17:00 TIME"]),
    .init("Three bombs exploded on Thursday.\n\nThe first blast was at 8:50 a.m.", "2005-07-08",
      ["Thursday => 2005-07-07", "8:50 a.m. => 2005-07-07T08:50 TIME"]),
    .init("Banks reopen on Monday. The parade starts at 6pm.", "1999-12-31",
      ["Monday => 2000-01-03", "6pm => 2000-01-03T18:00 TIME"]),
    // `that evening` is that part of the day named; without a publication date a day of a
    // month shifts within it (1.18.0).
    .init("The WHO met on Wednesday. That evening, Trump spoke.", "2020-03-12",
      ["Wednesday => 2020-03-11", "That evening => 2020-03-11TEV TIME anchor=publication"]),
    .init("He was arrested on Feb. 24 and appeared in court the following day. That night he slept.", nil,
      ["Feb. 24 => XXXX-02-24", "the following day => XXXX-02-25 anchor=unresolved", "That night => XXXX-02-25TNI TIME"]),
    .init("He was arrested on Feb. 28 and appeared in court the following day.", nil, ["Feb. 28 => XXXX-02-28"]),
    .init("That evening, the city was quiet.", "2020-03-12", []),
    .init("The site was shut on Oct. 23, 2021. Earlier that day, police called.", "2022-04-26", ["Oct. 23, 2021 => 2021-10-23", "Earlier that day => 2021-10-23"]),
    .init("The blast came at 10:35 a.m. local time.", nil, ["10:35 a.m. => XXXX-XX-XXT10:35 anchor=unresolved"]),
  ]

  static let holidays: [DateCase] = [
    .init("Crowds gathered for Orthodox Easter in Kyiv.", "2022-04-26", ["Orthodox Easter => 2022-04-24"]),
    .init("Fighting continued over the Orthodox Easter weekend.", "2022-04-26", ["the Orthodox Easter weekend => 2022-W16-WE"]),
    .init("Churches were full at Easter this month.", "2022-04-26", ["Easter => 2022-04-17", "this month => 2022-04"]),
    .init("Families met at Christmas.", "2022-04-26", ["Christmas => 2021-12-25"]),
    .init("Families will meet at Christmas.", "2022-04-26", ["Christmas => 2022-12-25"]),
    .init("The law took effect on New Year's Day.", "2022-04-26", ["New Year's Day => 2022-01-01"]),
    .init("Easter 2019 drew crowds.", "2022-04-26", ["Easter 2019 => 2019-04-21"]),
    .init("Orthodox Easter 2019 drew crowds.", "2022-04-26", ["Orthodox Easter 2019 => 2019-04-28"]),
    .init("Easter 2024 is early.", "2022-04-26", ["Easter 2024 => 2024-03-31"]),
    .init("Orthodox Easter 2024 is late.", "2022-04-26", ["Orthodox Easter 2024 => 2024-05-05"]),
    .init("Easter 2000 drew crowds.", "2022-04-26", ["Easter 2000 => 2000-04-23"]),
    .init("Orthodox Easter 2000 drew crowds.", "2022-04-26", ["Orthodox Easter 2000 => 2000-04-30"]),
    .init("Thanksgiving 2022 is a Thursday.", "2022-04-26", ["Thanksgiving 2022 => 2022-11-24"]),
    .init("Christmas Eve 2020 was quiet.", "2022-04-26", ["Christmas Eve 2020 => 2020-12-24"]),
    .init("New Year's Eve 1999 was loud.", "2022-04-26", ["New Year's Eve 1999 => 1999-12-31"]),
    .init("Good Friday 2022 was calm.", "2022-04-26", ["Good Friday 2022 => 2022-04-15"]),
    .init("Families met at Christmas.", nil, ["Christmas => XXXX-12-25 anchor=unresolved"]),
    .init("Families met at Christmas last year.", nil, ["Christmas last year => XXXX-12-25 anchor=unresolved"]),
    .init("Families met at Easter last year.", nil, ["Easter last year => XXXX-XX-XX anchor=unresolved"]),
    .init("Families met at Easter.", nil, ["Easter => XXXX-XX-XX anchor=unresolved"]),
    // Days of the data file beyond the spec's three (date-holidays.yaml).
    .init("Putin will speak at the Victory Day parade.", "2022-04-26", ["Victory Day => 2022-05-09 DATE anchor=publication"]),
    // Easter-bound days, US Monday holidays and single-date national days (data, not code).
    .init("Pentecost, Mardi Gras 2022 and Maundy Thursday; Presidents' Day 2022; Anzac Day 2021, Orthodox Christmas 2022.", "2022-04-26",
      ["Pentecost => 2022-06-05", "Mardi Gras 2022 => 2022-03-01", "Maundy Thursday => 2022-04-14", "Presidents' Day 2022 => 2022-02-21",
       "Anzac Day 2021 => 2021-04-25", "Orthodox Christmas 2022 => 2022-01-07"]),
    .init("Voters went to the polls on Election Day.", "2022-11-10", ["Election Day => 2022-11-08"]),
    .init("The Memorial Day weekend drew crowds.", "2022-06-10", ["The Memorial Day weekend => 2022-W21-WE"]),
    // The lunar New Year is a day of the Chinese calendar, not January 1 (1.14.0; it was no date before).
    .init("Chinese New Year and Lunar New Year drew crowds, unlike New Year's Eve.", "2022-04-26",
      ["Chinese New Year => 2022-02-01", "Lunar New Year => 2022-02-01", "New Year's Eve => 2021-12-31"]),
    .init("A good Friday for markets; Good Friday prayers.", "2022-04-26", ["Friday => 2022-04-22", "Good Friday => 2022-04-15"]),
    .init("It was the Christmas of 1914, and Ash Wednesday 2022.", "2022-04-26",
      ["the Christmas of 1914 => 1914-12-25", "Ash Wednesday 2022 => 2022-03-02"]),
    .init("During the Easter holidays, he left.", "2022-04-26", ["the Easter holidays => 2022-04-17"]),
  ]

  static let notDates: [DateCase] = [
    .init("It is day 61 of the war.", "2022-04-26", []),
    .init("The war entered its 58th day.", "2022-04-26", []),
    .init("More than 2,660 civilians have been killed.", "2022-04-26", []),
    .init("The fund holds 1.5 million dollars.", "2022-04-26", []),
    .init("He scored 2000 points in his career.", "2022-04-26", []),
    .init("He paid $2022 for the ticket.", "2022-04-26", []),
    .init("Turnout was 1999 percent of nothing.", "2022-04-26", []),
    .init("May I ask a question?", "2022-04-26", []),
    .init("Protesters march through the city.", "2022-04-26", []),
    .init("He won a second term.", "2022-04-26", []),
    .init("The ship carried 1,995 passengers.", "2022-04-26", []),
  ]

  static let unresolved: [DateCase] = [
    .init("Russia invaded Feb. 24 with tanks.", nil, ["Feb. 24 => XXXX-02-24 anchor=unresolved"]),
    .init("The strike began in April.", nil, ["April => XXXX-04 anchor=unresolved"]),
    .init("The file is dated 2022-04-26 in the log.", nil, ["2022-04-26 => 2022-04-26 anchor=absolute"]),
    .init("Profit rose in the third quarter.", nil, ["the third quarter => XXXX-Q3 anchor=unresolved"]),
    .init("The war has lasted nearly nine weeks.", nil, ["nearly nine weeks => P9W mod=LESS_THAN anchor=absolute"]),
    .init("It was signed on April 26, 2022.", nil, ["April 26, 2022 => 2022-04-26 anchor=absolute"]),
  ]

  static let monthsWithoutYear: [DateCase] = [
    .init("The strike began in April.", "2022-04-26", ["April => 2022-04"]),
    .init("The strike began in March.", "2022-04-26", ["March => 2022-03"]),
    .init("The strike began in November.", "2022-04-26", ["November => 2021-11"]),
    .init("The vote is due in June.", "2022-04-26", ["June => 2022-06"]),
    .init("The loan was to be repaid by February.", "2022-10-10", ["February => 2023-02"]),
    .init("The vote was held Dec. 15.", "2023-01-10", ["Dec. 15 => 2022-12-15"]),
    .init("The vote will be held Jan. 14.", "2022-12-20", ["Jan. 14 => 2023-01-14"]),
    .init("The vote was held Jan. 14.", "2022-01-07", ["Jan. 14 => 2022-01-14"]),
    .init("The deal closed Feb. 29.", "2024-03-05", ["Feb. 29 => 2024-02-29"]),
    .init("The deal closes Dec. 31.", "2022-12-30", ["Dec. 31 => 2022-12-31"]),
    .init("The deal closed Dec. 31.", "2023-01-02", ["Dec. 31 => 2022-12-31"]),
    .init("The 24th of February was cold.", "2022-04-26", ["24th of February => 2022-02-24"]),
    // A past verb right before the date keeps it behind publication beyond a week; a verb
    // that sets a date, or a report of it, may put it within two months ahead.
    .init("Talks resumed in early May.", "2023-03-15", ["early May => 2022-05 mod=START"]),
    .init("The deal, signed May 3, collapsed.", "2023-03-15", ["May 3 => 2022-05-03"]),
    .init("He was charged on May 6 with murder.", "2023-03-15", ["May 6 => 2022-05-06"]),
    .init("The offer ran through July 17.", "2024-06-10", ["July 17 => 2023-07-17"]),
    .init("The court ordered that he remain in Miami until July 6.", "2024-06-10", ["July 6 => 2024-07-06"]),
    .init("The vote was set for May 3.", "2023-03-15", ["May 3 => 2023-05-03"]),
    .init("The dividend is payable May 1, the company said.", "2023-03-15", ["May 1 => 2023-05-01"]),
    // A future clause takes the next occurrence unless a past verb names the date's own event.
    .init("Officials will meet on Feb. 20.", "2023-03-15", ["Feb. 20 => 2024-02-20"]),
    // After a possessive an ambiguous month before a noun is the month; after `the`, `May`
    // may be a name (`the May government`).
    .init("The Fed may raise rates at its May meeting.", "2023-03-15", ["May => 2023-05"]),
    .init("The May government fell.", "2019-06-15", []),
    .init("May Day marches were held across Europe.", "2022-05-03", ["May Day => 2022-05-01"]),
    // A day and month with a relative year are one date, as a month is (`June last year`).
    .init("The war began on Feb. 24 last year.", "2023-03-15", ["Feb. 24 last year => 2022-02-24"]),
    .init("It was signed on 3 March next year.", nil, ["3 March next year => XXXX-03-03 anchor=unresolved"]),
    // `ends`, `closes` are scheduled presents, as `begins` is.
    .init("The three-day summit ends Thursday.", "2023-03-15", ["three-day => P3D DURATION", "Thursday => 2023-03-16"]),
    .init("The exhibition runs through Sept. 1.", "2024-06-10", ["Sept. 1 => 2024-09-01"]),
    // `this time last year` is the publication day a unit away; a calendar quarter named by
    // its months is that quarter.
    .init("Prices are up 5% from this time last year.", "2024-02-29", ["this time last year => 2023-02-28"]),
    .init("This time last week, he was free.", "2024-03-31", ["This time last week => 2024-03-24"]),
    .init("At this time, nobody knows.", "2024-03-31", []),
    .init("Data for the April-June quarter came out.", "2024-06-10", ["the April-June quarter => 2024-Q2"]),
    .init("The Jan.-March 2024 quarter was weak.", "2024-06-10", ["The Jan.-March 2024 quarter => 2024-Q1"]),
    .init("The February-April quarter was odd.", "2024-06-10", ["February => 2024-02", "April => 2024-04"]),
    // The first day of a range written day first takes the second's month and year.
    .init("The event takes place from 12 to 14 July.", "2024-06-10", ["12 => 2024-07-12", "14 July => 2024-07-14"]),
    .init("The fair runs 12-14 July 2025.", "2024-06-10", ["12 => 2025-07-12", "14 July 2025 => 2025-07-14"]),
    .init("Some 12 to 14 people came in July.", "2024-06-10", ["July => 2023-07"]),
    // A place's time is a gloss between a time and its day, as `local time` is.
    .init("The offer expires at 5 p.m. New York time on Friday.", "2024-06-10",
      ["5 p.m. => 2024-06-14T17:00 TIME", "Friday => 2024-06-14"]),
    .init("It will report on the three months ended Feb. 28.", "2023-03-15", ["the three months => P3M", "Feb. 28 => 2023-02-28"]),
    // A split year is two years, the second written by its last two digits, as the second day
    // of `Oct. 20-22` is a day; only the year after the first is its second half.
    .init("The 2023-24 season ended in May.", "2024-06-10", ["2023 => 2023", "24 => 2024", "May => 2024-05"]),
    .init("Debt rose in the 2022/23 financial year.", "2024-06-10", ["2022 => 2022", "23 => 2023"]),
    .init("In 1999-00, exports fell.", "2024-06-10", ["1999 => 1999", "00 => 2000"]),
    .init("Resolution 2023-25 was adopted.", "2024-06-10", ["2023 => 2023"]),
    .init("Its code is 2023/24/25.", "2024-06-10", []),
    // A weekday with its week is that week's day (`on Wednesday last week`).
    .init("Talks collapsed on Wednesday last week.", "2023-06-14", ["Wednesday last week => 2023-06-07"]),
    .init("They meet on Friday of next week.", "2023-06-14", ["Friday of next week => 2023-06-23"]),
    .init("It opens on Sunday this week.", "2023-06-18", ["Sunday this week => 2023-06-18"]),
    .init("He spoke Monday last week.", nil, ["Monday last week => XXXX-WXX-1 anchor=unresolved"]),
    .init("He cited Monday last week's attack.", "2023-06-14", ["Monday => 2023-06-12", "last week => 2023-W23"]),
    // A quarter or half `of the year` is the publication year's (`of the year 2022`: that year's).
    .init("Analysts see a recession in the second half of the year.", "2023-06-14", ["the second half of the year => 2023-H2"]),
    .init("Output fell in the third quarter of the year 2022.", "2023-06-14", ["the third quarter of the year 2022 => 2022-Q3"]),
    .init("Profit jumped in the first quarter of the year.", nil, ["the first quarter of the year => XXXX-Q1 anchor=unresolved"]),
    // A present forecast looks ahead (`expects`, `anticipates`, `predicts`).
    .init("The company expects sales to rise in the fourth quarter.", "2023-06-14", ["the fourth quarter => 2023-Q4"]),
    .init("The bank expects a ruling on Wednesday.", "2023-06-16", ["Wednesday => 2023-06-21"]),
    // What a company expects to report is done; `should expect` is advice, no forecast.
    .init("The firm said it expects to report a third-quarter loss.", "2022-04-26", ["third-quarter => 2021-Q3"]),
    .init("Officials warned residents Wednesday that they should expect delays.", "2022-04-26", ["Wednesday => 2022-04-20"]),
    // A clause after `that` has its own tense: the search to the right stops there.
    .init("Lawyers warned U.S. immigration officials Wednesday that they should expect little.", "2022-04-26", ["Wednesday => 2022-04-20"]),
    .init("He hit back, saying on Friday that Russia now feels it will win.", "2022-04-26", ["Friday => 2022-04-22", "now => PRESENT_REF"]),
    .init("The court said Monday's hearing, which will decide the case, is over.", "2022-04-26", ["Monday => 2022-04-25"]),
    // `the year 2000` is that year, one item (gave the publication year and `2000`).
    .init("Banks feared the year 2000 problem.", "2022-05-10", ["the year 2000 => 2000"]),
    .init("By the year 2050, emissions must be zero.", "2022-05-10", ["the year 2050 => 2050"]),
    .init("In the year 2,000 people came.", "2022-05-10", ["the year => 2022"]),
    // `and a half` hyphenated, in a count or after a unit, as written apart.
    .init("It ended a two-and-a-half-year investigation.", "2022-05-10", ["two-and-a-half-year => P2Y6M DURATION"]),
    .init("Talks lasted four-and-a-half hours.", "2022-05-10", ["four-and-a-half hours => PT4H30M DURATION"]),
    .init("After a day-and-a-half meeting, they left.", "2022-05-10", ["a day-and-a-half => P1DT12H DURATION"]),
    .init("It was a two-and-a-half point win.", "2022-05-10", []),
    // `are set for` is scheduled, as `are due` is; plural `reopen` and `conclude` are scheduled presents.
    .init("Elections are set for December.", "2022-05-10", ["December => 2022-12"]),
    .init("The price is set in March each year.", "2022-05-10", ["March => 2022-03", "each year => P1Y SET"]),
    .init("Schools reopen in September.", "2022-05-10", ["September => 2022-09"]),
    // A half or quarter in a game's report is the game's; in business news, the year's.
    .init("He scored twice in the second half on Saturday.", "2022-05-10", ["Saturday => 2022-05-07"]),
    .init("The Lakers led by ten points in the third quarter of the game.", "2022-05-10", []),
    .init("Sales rose in the second half.", "2022-05-10", ["the second half => 2021-H2"]),
    .init("The club's second-quarter revenue rose after the match.", "2022-05-10", ["second-quarter => 2022-Q2"]),
    // The shopping days after Thanksgiving are named days; a `black Friday` is a Friday.
    .init("Black Friday sales rose 3%.", "2024-01-05", ["Black Friday => 2023-11-24"]),
    .init("Retailers hope for a strong Cyber Monday.", "2024-11-20", ["Cyber Monday => 2024-12-02"]),
    .init("It was a black Friday for markets.", "2024-01-05", ["Friday => 2024-01-05"]),
  ]

  /// Tense and story context: which side of the publication date an expression falls on,
  /// and which period earnings anaphora refer back to.
  static let anchoring: [DateCase] = [
    .init("The payout comes on a still unnamed day in March, the board will decide.", "2022-11-15", ["March => 2023-03"]),
    .init("The fee will be paid on an unspecified date in February.", "2022-11-15", ["February => 2023-02"]),
    .init("The new tariff takes hold effective Jan. 1, the ministry said.", "2022-11-15", ["Jan. 1 => 2023-01-01"]),
    .init("The finance ministers meet Thursday in Brussels.", "2022-04-26", ["Thursday => 2022-04-28"]),
    .init("Peace talks resume Monday after a pause.", "2022-04-26", ["Monday => 2022-05-02"]),
    .init("Fourth-quarter profit fell by a tenth, the bank said.", "2022-01-25", ["Fourth-quarter => 2021-Q4"]),
    .init("Sales in the second half dropped sharply.", "2022-02-10", ["the second half => 2021-H2"]),
    .init("Third-quarter profit rose, but fourth-quarter sales will slow. Profit was flat a year ago.", "2022-10-20",
      ["Third-quarter => 2022-Q3", "fourth-quarter => 2022-Q4", "a year ago => 2021-Q3"]),
    .init("The new board takes over effective March 3.", "2022-11-15", ["March 3 => 2023-03-03"]),
    .init("Second-quarter profit was $5 million, compared with $2 million last year.", "2022-08-01",
      ["Second-quarter => 2022-Q2", "last year => 2021-Q2"]),
    .init("Third-quarter sales rose. Last year's results included a gain.", "2022-11-01",
      ["Third-quarter => 2022-Q3", "Last year => 2021-Q3"]),
    .init("Sales rose 5% last year, the chain said.", "2022-11-01", ["last year => 2021"]),
    .init("The firm was founded in June 2019. The following month, it hired a chief.", "2022-11-15",
      ["June 2019 => 2019-06", "The following month => 2019-07"]),
    .init("The mine closed on March 3, 2020, and the previous week it had cut jobs.", "2022-11-15",
      ["March 3, 2020 => 2020-03-03", "the previous week => 2020-W09"]),
    .init("Shares fell Friday, down 2% from the previous Friday.", "2022-04-25",
      ["Friday => 2022-04-22", "the previous Friday => 2022-04-15"]),
    .init("Traders sold ahead of the weekend.", "2022-04-26", ["the weekend => 2022-W17-WE"]),
    .init("The plant was shut this past spring.", "2022-11-15", ["this past spring => 2022-SP"]),
    .init("Sales slowed this past summer.", "2022-11-15", ["this past summer => 2022-SU"]),
    .init("Sales slowed this past fall.", "2022-05-15", ["this past fall => 2021-FA"]),
    .init("Holders may buy at half the then current price.", "2022-11-15", ["then current => PAST_REF"]),
    .init("March twenty twenty-one. The floods came.", "2022-11-15", ["March twenty twenty-one => 2021-03"]),
    .init("Revenue for the quarter ended June 30 grew.", "2022-08-01", ["the quarter => 2022-Q2", "June 30 => 2022-06-30"]),
    .init("Third-quarter profit rose. For the quarter a year ago, it lost money.", "2022-11-01",
      ["Third-quarter => 2022-Q3", "the quarter a year ago => 2021-Q3"]),
    .init("Second-quarter net fell below the same period last year.", "2022-08-01",
      ["Second-quarter => 2022-Q2", "last year => 2021-Q2"]),
    .init("The minister spoke on the \"This Week\" show.", "2022-04-26", []),
    .init("She told ``60 Minutes'' that she would run.", "2022-04-26", []),
    .init("The offer had been scheduled to expire Friday.", "2022-04-27", ["Friday => 2022-04-22"]),
    .init("The offer is scheduled to expire Friday.", "2022-04-27", ["Friday => 2022-04-29"]),
    .init("The index is up 5% since year-end.", "2022-10-27", ["year-end => 2021 mod=END"]),
    .init("The sale should close by year-end.", "2022-10-27", ["year-end => 2022 mod=END"]),
    .init("The fiscal fourth quarter ended Sept. 30 was weak. In the latest quarter costs rose.", "2022-10-20",
      ["The fiscal fourth quarter => 2022-Q4", "Sept. 30 => 2022-09-30", "the latest quarter => 2022-Q4"]),
  ]

  /// Durations written as adjectives or with a word between count and unit.
  static let durationForms: [DateCase] = [
    .init("The strike ended after a day-long standoff.", "2022-04-26", ["day-long => P1D DURATION"]),
    .init("It closed a decades-long dispute.", "2022-04-26", ["decades-long => PXDE DURATION"]),
    .init("The lease runs for an additional year.", "2022-04-26", ["an additional year => P1Y DURATION"]),
    .init("Miners may strike in the weeks ahead.", "2022-04-26", ["the weeks ahead => PXW DURATION"]),
    .init("The firm turned a profit after several quarters of losses.", "2022-04-26", ["several quarters => PXQ DURATION"]),
    .init("Three quarters of voters agreed.", "2022-04-26", []),
  ]

  /// TIMEX3 conventions of DateExtractor 1.2.0: unit granularity, periods of several quarters,
  /// the reported quarter, holidays, parts of the day and decades in words.
  static let conventions: [DateCase] = [
    .init("The flood hit six weeks ago.", "2022-04-26", ["six weeks ago => 2022-W11 DATE"]),
    .init("She returns three weeks from now.", "2022-04-26", ["three weeks from now => 2022-W20"]),
    .init("Now that the vote is over, the talks can go on.", "2022-04-26", ["Now => PRESENT_REF"]),
    .init("Third-quarter profit rose. For the nine months, profit rose to $5 million from $4 million a year earlier.", "2022-10-27",
      ["Third-quarter => 2022-Q3", "the nine months => P9M DURATION", "a year earlier => 2021"]),
    .init("Third-quarter profit rose. In the first nine months, net was $9 million, against $7 million in the 2021 period.", "2022-10-27",
      ["Third-quarter => 2022-Q3", "the first nine months => P9M DURATION", "the 2021 period => 2021"]),
    .init("Third-quarter profit rose. For the six months, sales were flat compared with year-earlier sales.", "2022-10-27",
      ["Third-quarter => 2022-Q3", "the six months => P6M DURATION", "year-earlier => 2021"]),
    .init("Revenue for the quarter ended July 31 grew.", "2022-09-01", ["the quarter => 2022-Q2", "July 31 => 2022-07-31"]),
    .init("Revenue for the quarter ended Jan. 31 grew.", "2022-03-01", ["the quarter => 2021-Q4", "Jan. 31 => 2022-01-31"]),
    .init("Profit rose in the last half of 2021.", "2022-04-26", ["the last half of 2021 => 2021-H2"]),
    .init("He waited for the last half hour.", "2022-04-26", []),
    .init("Demand will be weak in the first two quarters of 2023.", "2022-04-26", ["the first two quarters of 2023 => 2023-H1"]),
    .init("The townspeople waited for high noon. The film High Noon played.", "2022-04-26", []),
    .init("Pilgrims arrived during Easter week.", "2022-04-26", ["Easter week => 2022-W15"]),
    // Without a tense cue a holiday is this year's when it is at most 62 days ahead, as a month
    // without a year is; an irregular past (`spent`) looks back.
    .init("Shops close in Christmas week.", "2022-10-26", ["Christmas week => 2022-W51"]),
    .init("Shops close in Christmas week.", "2022-08-26", ["Christmas week => 2021-W51"]),
    .init("On 9 May, Victory Day, parades are held.", "2022-04-26", ["9 May => 2022-05-09", "Victory Day => 2022-05-09"]),
    .init("He spent Christmas in Rome; Christmas sales are strong.", "2022-12-01",
      ["Christmas => 2021-12-25", "Christmas => 2022-12-25"]),
    .init("Flights leave on Tuesday nights.", "2022-04-26", ["Tuesday nights => XXXX-WXX-2TNI SET"]),
    .init("Candidates will campaign until Election Day.", "2022-10-20", ["Election Day => 2022-11-08"]),
    .init("Turnout was high on Election Day.", "2021-11-10", ["Election Day => 2021-11-02"]),
    .init("By mid afternoon, the market had recovered.", "2022-04-26", ["mid afternoon => 2022-04-26TAF TIME mod=MID"]),
    .init("At mid-afternoon yesterday, shares were up.", "2022-04-26", ["mid-afternoon yesterday => 2022-04-25TAF TIME mod=MID"]),
    .init("The raid came Monday. By late evening, it was over.", "2022-04-26",
      ["Monday => 2022-04-25", "late evening => 2022-04-25TEV TIME mod=END"]),
    .init("Late-night shows mocked him.", "2022-04-26", []),
    .init("Hate groups grew through the nineties.", "1998-03-03", ["the nineties => 199"]),
    .init("He is a man in his mid-forties.", "2022-04-26", []),
    .init("Hemlines rose in the twenties and in the mid-sixties. She is in her forties.", "2022-04-26",
      ["the twenties => 202", "the mid-sixties => 196 mod=MID"]),
    .init("Second-quarter profit rose. The quarter-to-quarter comparison was weak.", "2022-08-01", ["Second-quarter => 2022-Q2"]),
    .init("Third-quarter profit rose 20% from a year ago. After a flat second quarter, sales grew. Costs were lower than a year ago.", "2022-11-01",
      ["Third-quarter => 2022-Q3", "a year ago => 2021-Q3", "second quarter => 2022-Q2", "a year ago => 2021-Q3"]),
    .init("Third-quarter net fell. Separately, a rival posted fiscal second-quarter profit, up from $2 million a year ago.", "2022-11-01",
      ["Third-quarter => 2022-Q3", "fiscal second-quarter => 2022-Q2", "a year ago => 2021-Q2"]),
    .init("Third-quarter net fell. This quarter's loss includes charges.", "2022-11-01", ["Third-quarter => 2022-Q3", "This quarter => 2022-Q3"]),
    .init("Third-quarter net fell. Sales will rise this quarter.", "2022-11-01", ["Third-quarter => 2022-Q3", "this quarter => 2022-Q4"]),
    .init("The case may be heard the week of May 9.", "2022-04-26", ["the week of May 9 => 2022-W19"]),
    .init("The day before last Friday's vote, he resigned.", "2022-04-26", ["The day before last Friday => 2022-04-21"]),
    .init("She flew home the day after Jan. 1 and left the day before yesterday.", "2022-04-26",
      ["the day after Jan. 1 => 2022-01-02", "the day before yesterday => 2022-04-24"]),
    .init("The firm reported a drop in fourth-quarter earnings. Sales in the latest period rose from a year earlier.", "2022-11-02",
      ["fourth-quarter => 2022-Q4", "the latest period => 2022-Q4", "a year earlier => 2021-Q4"]),
    .init("Analysts expect fourth-quarter earnings to rise. Sales in the latest period rose.", "2022-11-02",
      ["fourth-quarter => 2022-Q4", "the latest period => 2022-Q3"]),
    .init("The astronaut will be named commander of the shuttle Columbia for a long mission in December.", "2022-03-04",
      ["December => 2022-12"]),
    .init("Until Thursday, police had not named him a suspect.", "2022-04-26", ["Thursday => 2022-04-21"]),
    .init("The offer runs until Thursday. Police had doubts.", "2022-04-26", ["Thursday => 2022-04-28"]),
    .init("Rivals say the firm will one day be the largest. The audit took one day.", "2022-04-26",
      ["one day => FUTURE_REF DATE", "one day => P1D DURATION"]),
    .init("Stores reopened the day after Christmas.", "2022-12-28", ["the day after Christmas => 2022-12-26"]),
    .init("The rules should be in place by year's end.", "2022-10-27", ["year's end => 2022 mod=END"]),
    .init("Third-quarter sales rose. The threat comes from the brewer, which last year sold 41% of all beer.", "2022-10-27",
      ["Third-quarter => 2022-Q3", "last year => 2021"]),
    .init("Third-quarter sales rose to $9 million, up from $8 million last year.", "2022-10-27",
      ["Third-quarter => 2022-Q3", "last year => 2021-Q3"]),
  ]

  /// Words whose sense in context decides (1.2.0 rules after the conventions): `next to` is a
  /// place, a pluperfect makes `by Monday` a past deadline, `the March elections` is a month.
  static let wordSenses: [DateCase] = [
    .init("A shell hit the hotel next to the station on Friday.", "2022-04-26", ["Friday => 2022-04-22"]),
    .init("The shop next to the bank opens on Friday.", "2022-04-26", ["Friday => 2022-04-29"]),
    .init("Only three states had sent their reports by Monday.", "2022-04-27", ["Monday => 2022-04-25"]),
    .init("The loan, which had been expected, must be repaid by Friday.", "2022-04-26", ["Friday => 2022-04-29"]),
    .init("She had to finish the draft by Friday.", "2022-04-26", ["Friday => 2022-04-29"]),
    .init("The talks are set for June 3 and 4 in Geneva.", "2022-04-26", ["June 3 => 2022-06-03", "4 => 2022-06-04"]),
    .init("The fair ran on Oct. 9 or 10, 2021 by some accounts.", "2022-04-26", ["Oct. 9 => 2021-10-09 anchor=absolute", "10, 2021 => 2021-10-10 anchor=absolute"]),
    .init("Sales rose 9% on March 3 and 5% on March 4.", "2022-04-26", ["March 3 => 2022-03-03", "March 4 => 2022-03-04"]),
    .init("Police counted crowds on May 2 and 15 people were held.", "2022-05-10", ["May 2 => 2022-05-02"]),
    .init("Shells fell on April 3 and 4 others died in the blast.", "2022-05-10", ["April 3 => 2022-04-03"]),
    .init("Votes are due by July 8 and 9 in most states.", "2022-05-10", ["July 8 => 2022-07-08", "9 => 2022-07-09"]),
    .init("The polls close on Sept. 30 and 31 voters had not voted.", "2022-10-05", ["Sept. 30 => 2022-09-30"]),
    .init("The March elections will be close.", "2022-01-10", ["March => 2022-03"]),
    .init("The March report showed a drop.", "2022-06-10", ["March => 2022-03"]),
    .init("He joined the March on Washington in 1963.", "2022-04-26", ["1963 => 1963"]),
    .init("The May government fell.", "2022-04-26", []),
    .init("Rates may soon rise, and the bank soon will say so.", "2022-04-26", ["soon => FUTURE_REF DATE", "soon => FUTURE_REF DATE"]),
    .init("The firm expects sales to soon double.", "2022-04-26", ["soon => FUTURE_REF"]),
    .init("They left as soon as the talks ended and he was soon released.", "2022-04-26", []),
    .init("Soon after the vote, she quit.", "2022-04-26", []),
    .init("USA Today reported it first. This is VOA Today.", "2022-04-26", []),
    .init("VOTING TODAY in the capital. NATO spoke. Today, the UN met.", "2022-04-26",
      ["TODAY => 2022-04-26", "Today => 2022-04-26"]),
    .init("The rest will be paid at a later date.", "2022-04-26", ["a later date => FUTURE_REF"]),
    .init("He backed the deal, though at the time he had doubts. At the time of the merger, it was small.", "2022-04-26",
      ["the time => PAST_REF"]),
    .init("Prices rose over the years, and the risks of the long term.", "2022-04-26",
      ["the years => PXY DURATION", "the long term => FUTURE_REF"]),
    .init("The figures over the years 2019 to 2021 rose.", "2022-04-26", ["2019 => 2019", "2021 => 2021"]),
    .init("Tax cuts worked in past years, but at this difficult moment they would not.", "2022-04-26",
      ["past years => PAST_REF", "this difficult moment => PRESENT_REF"]),
    .init("The ferry sails on Friday and Sunday nights from June.", "2022-04-26",
      ["Friday => XXXX-WXX-5TNI SET", "Sunday nights => XXXX-WXX-7TNI SET", "June => 2022-06"]),
    .init("Clinics open on Monday or Thursdays.", "2022-04-26", ["Monday => XXXX-WXX-1 SET", "Thursdays => XXXX-WXX-4 SET"]),
    .init("Talks ran on Monday and Tuesday.", "2022-04-26", ["Monday => 2022-04-25 DATE", "Tuesday => 2022-04-26 DATE"]),
    .init("Fires broke out for the past three summers, unlike in the past.", "2022-04-26", ["the past => PAST_REF"]),
    .init("\"The envoy will fly home with his aides on Thursday,\" she said.", "2022-04-26", ["Thursday => 2022-04-28"]),
    .init("''Our side will play the final match of the cup on Friday,'' he said.", "2022-04-26", ["Friday => 2022-04-29"]),
    .init("\u{201C}We won the first match,\u{201D} he said on Friday's show.", "2022-04-26", ["Friday => 2022-04-22"]),
  ]

  /// Forms of other newsrooms and of business news (1.3.0): month abbreviations without
  /// their period, British day-first ordinals, digit ordinals and `Q3`, hours with a part of
  /// the day, `o'clock`, `5.30am`, and a time with the day word after it.
  static let newsForms: [DateCase] = [
    .init("The talks began on Feb 24 in Minsk.", "2022-04-26", ["Feb 24 => 2022-02-24 DATE anchor=publication"]),
    .init("The deal closed Sept 30, 2021, after a review.", "2022-04-26", ["Sept 30, 2021 => 2021-09-30 anchor=absolute"]),
    .init("Fri, Jul 18, 2014 was the date.", "2022-04-26", ["Jul 18, 2014 => 2014-07-18"]),
    .init("He was born in Oct 1974 in Leeds.", "2022-04-26", ["Oct 1974 => 1974-10"]),
    .init("Jan Egeland said Dec was a hard month, and Mar is a verb.", "2022-04-26", []),
    .init("She arrived on 15th February and left on the 3rd of March.", "2022-04-26",
      ["15th February => 2022-02-15", "3rd of March => 2022-03-03"]),
    .init("He spoke on Thursday 24th February in Kyiv.", "2022-04-26", ["Thursday 24th February => 2022-02-24"]),
    .init("It was signed on Thursday, 24 February 2022.", "2022-04-26", ["Thursday, 24 February 2022 => 2022-02-24 anchor=absolute"]),
    .init("The 31st December 2021 deadline passed.", "2022-04-26", ["31st December 2021 => 2021-12-31"]),
    .init("By mid-March, the convoy had stalled.", "2022-04-26", ["mid-March => 2022-03 mod=MID"]),
    .init("Sales rose in the 4th quarter of 2018.", "2022-04-26", ["the 4th quarter of 2018 => 2018-Q4"]),
    .init("3rd-quarter profit fell.", "2022-10-26", ["3rd-quarter => 2022-Q3"]),
    .init("Sales fell in Q3 2022 and will rise in Q4.", "2022-10-26", ["Q3 2022 => 2022-Q3", "Q4 => 2022-Q4"]),
    .init("Revenue in H1 2022 fell.", "2022-10-26", ["H1 2022 => 2022-H1"]),
    .init("The H1N1 virus, the H1 visa and the Q5 car.", "2022-04-26", []),
    .init("He said he would leave at 4 in the morning.", "2022-04-26", ["4 in the morning => 2022-04-26T04:00 TIME"]),
    .init("They met at 3:15 in the afternoon and at 11 at night.", "2022-04-26",
      ["3:15 in the afternoon => 2022-04-26T15:15", "11 at night => 2022-04-26T23:00"]),
    // (`5` counts points, no hour; since 1.16.0 `the afternoon` is the publication day's.)
    .init("Shares fell 5 in the afternoon.", "2022-04-26", ["the afternoon => 2022-04-26TAF TIME"]),
    .init("The meeting is set for 8 o'clock tonight.", "2022-04-26", ["8 o'clock tonight => 2022-04-26T20:00 TIME"]),
    .init("The vote is at 3pm tomorrow; he was seen at 9 p.m. yesterday.", "2022-04-26",
      ["3pm tomorrow => 2022-04-27T15:00 TIME", "9 p.m. yesterday => 2022-04-25T21:00 TIME"]),
    .init("The attack came at 5.30am on Monday.", "2022-04-26", ["5.30am => 2022-04-25T05:30 TIME", "Monday => 2022-04-25"]),
    .init("The fare rose to 5.30 pounds.", "2022-04-26", []),
    .init("The vote is at 3pm tomorrow.", nil, ["3pm tomorrow => XXXX-XX-XXT15:00 TIME anchor=unresolved"]),
    .init("He spoke on Monday. Earlier in the day, he met aides.", "2022-04-26",
      ["Monday => 2022-04-25", "Earlier in the day => 2022-04-25 DATE anchor=publication"]),
    .init("Later in the day, the UN spoke.", nil, ["Later in the day => XXXX-XX-XX anchor=unresolved"]),
    .init("It matters for the future. He arrived later in the day.", "2022-04-26",
      ["the future => FUTURE_REF", "later in the day => 2022-04-26"]),
    .init("Fighting resumed at around 6 a.m. and nearly 6 p.m. it stopped.", "2022-04-26",
      ["around 6 a.m. => 2022-04-26T06:00 TIME mod=APPROX", "6 p.m. => 2022-04-26T18:00"]),
    .init("Last modified on Tue 26 Apr 2022 14.02 BST; the index rose 14.02 points.", "2022-04-26",
      ["26 Apr 2022 => 2022-04-26", "14.02 BST => 2022-04-26T14:02 TIME"]),
    .init("They meet every other week after a weeklong festival; every other country agreed.", "2022-04-26",
      ["every other week => P2W SET", "weeklong => P1W DURATION"]),
    .init("It took half an hour, then half a year, after a six-month-long probe.", "2022-04-26",
      ["half an hour => PT30M DURATION", "half a year => P6M", "six-month-long => P6M DURATION"]),
    // `today` and `tomorrow` for the age at large are references, not days.
    .init("In today's world, today's vote matters; the leaders of tomorrow and tomorrow's meeting too.", "2022-04-26",
      ["today => PRESENT_REF DATE anchor=absolute", "today => 2022-04-26", "tomorrow => FUTURE_REF", "tomorrow => 2022-04-27"]),
    // A bare plural before `ago` is some time back; `last` after `this year as` is the year before.
    .init("Just months ago it was failing; Years ago, it was different; 5 years ago it began.", "2022-04-26",
      ["months ago => PAST_REF DATE anchor=absolute", "Years ago => PAST_REF", "5 years ago => 2017"]),
    .init("The dividend is twice as high this year as last, and it was higher this year than last.", "2022-04-26",
      ["this year => 2022", "last => 2021 DATE anchor=publication", "this year => 2022", "last => 2021"]),
    .init("He hopes to one day return; she was sentenced to one day in jail.", "2022-04-26",
      ["one day => FUTURE_REF DATE", "one day => P1D DURATION"]),
    .init("Right now aid is scarce; in the immediate future it will come. The right to vote now exists.", "2022-04-26",
      ["Right now => PRESENT_REF DATE anchor=absolute", "the immediate future => FUTURE_REF", "now => PRESENT_REF"]),
    .init("Talks ran February 23-24; the summit runs June 28–30, 2022; the score was 23-24.", "2022-04-26",
      ["February 23 => 2022-02-23", "24 => 2022-02-24", "June 28 => 2022-06-28 anchor=absolute", "30, 2022 => 2022-06-30"]),
    .init("He served from January to March; he wants to March on.", "2022-04-26",
      ["January => 2022-01", "March => 2022-03"]),
    .init("Exports rose 5% in the year to March and 7% in the 12 months to March.", "2022-04-26",
      ["the year => P1Y DURATION", "March => 2022-03", "the 12 months => P12M", "March => 2022-03"]),
    // Fortnights: two weeks in every duration, offset and set form.
    .init("Talks resumed a fortnight ago after stalling for a fortnight; they meet fortnightly.", "2022-04-26",
      ["a fortnight ago => 2022-W15 DATE anchor=publication", "a fortnight => P2W DURATION", "fortnightly => P2W SET"]),
    .init("Sales fell over the past fortnight and will rise every fortnight, in two fortnights.", "2022-04-26",
      ["the past fortnight => P2W DURATION", "every fortnight => P2W SET", "two fortnights => P4W DURATION"]),
    .init("The strike ended a fortnight ago.", nil, ["a fortnight ago => XXXX-WXX DATE anchor=unresolved"]),
    .init("Prices rose last fortnight and will fall next fortnight.", "2022-04-26",
      ["last fortnight => P2W DURATION anchor=absolute", "next fortnight => P2W DURATION"]),
    // `daily` and `weekly` as newspapers are no sets; the adverb and adjective still are.
    .init("The Israeli daily Haaretz said so, the business daily said, and the news weekly Der Spiegel agreed.", "2022-04-26", []),
    .init("According to China Daily, the Daily Mail erred; a source told the daily.", "2022-04-26", []),
    // A half of a decade or century is that period's start or end; of a game, no date.
    .init("In the first half of the 1990s and the second half of the century; in the first half of the game.", "2022-04-26",
      ["the first half of the 1990s => 199 DATE mod=START anchor=absolute", "the second half of the century => 20 mod=END anchor=publication"]),
    .init("The first half of the year was weak; the fourth quarter of the season was strong.", "2022-04-26",
      ["The first half of the year => 2022-H1"]),
    // The nth weekday of a month is a day (the month's year as a month alone would have it).
    .init("The second Sunday in May, the last Friday of March 2021, the first Monday after the vote.", "2022-04-26",
      ["The second Sunday in May => 2022-05-08 DATE anchor=publication", "the last Friday of March 2021 => 2021-03-26 anchor=absolute",
       "Monday => 2022-04-25"]),
    .init("The fourth Thursday in November 2022, and the second Sunday in May.", nil,
      ["The fourth Thursday in November 2022 => 2022-11-24", "Sunday => XXXX-WXX-7", "May => XXXX-05"]),
    // Counted from today (a day since 1.15.0; it was the week, 2022-W18), `this coming`, the
    // weekend before last, a part of the day `on` a day.
    .init("A week from today, this coming Monday, the weekend before last, mid-afternoon on Friday.", "2022-04-26",
      ["A week from today => 2022-05-03 DATE", "this coming Monday => 2022-05-02", "the weekend before last => 2022-W15-WE",
       "mid-afternoon on Friday => 2022-04-22TAF TIME mod=MID"]),
    // Seasons, weekends and a weekday's part of the day repeat too; `bi-weekly` is every two weeks.
    .init("He visits every summer and on weekends; the board meets every Monday morning; the weekends were quiet.", "2022-04-26",
      ["every summer => XXXX-SU SET anchor=absolute", "weekends => XXXX-WXX-WE SET", "every Monday morning => XXXX-WXX-1TMO SET"]),
    .init("Biweekly reports, bi-weekly meetings and a bi-monthly journal.", "2022-04-26",
      ["Biweekly => P2W SET", "bi-weekly => P2W SET"]),
    .init("Protests are held daily. Daily rallies gave the daily tally, twice daily.", "2022-04-26",
      ["daily => P1D SET", "Daily => P1D SET", "daily => P1D SET", "daily => P1D SET"]),
    // The first or last week or days of a period: the period with START or END.
    .init("In the last week of March prices rose; in the first week of April they fell.", "2022-04-26",
      ["the last week of March => 2022-03 DATE mod=END", "the first week of April => 2022-04 DATE mod=START"]),
    .init("During the final days of 2021 and the last weeks of the year, trade slowed.", "2022-04-26",
      ["the final days of 2021 => 2021 mod=END", "the last weeks of the year => 2022 mod=END"]),
    .init("In the last week of the campaign, in the last days of the Soviet Union, in the last year of his term.", "2022-04-26", []),
    .init("Sales rose last week of September 2021; he spoke last week of a need for talks.", "2022-04-26",
      ["last week of September 2021 => 2021-09 DATE mod=END", "last week => 2022-W16"]),
    .init("Over the last week, prices rose.", "2022-04-26", ["the last week => 2022-W16"]),
    // The early (small, wee) hours of a day are its start; `early Monday` is the day with its
    // qualifier (the day alone before 1.21.0).
    .init("Shells fell in the early hours of Sunday and in the small hours of Monday, early Tuesday.", "2022-04-26",
      ["the early hours of Sunday => 2022-04-24 DATE mod=START", "the small hours of Monday => 2022-04-25 mod=START", "early Tuesday => 2022-04-26 mod=START"]),
    .init("In the early hours of the morning, the hours were small.", "2022-04-26", []),
    // The day before or after the one the story last named.
    .init("Putin met Erdogan on April 20. He had arrived the day before.", "2022-04-26",
      ["April 20 => 2022-04-20", "the day before => 2022-04-19 DATE anchor=publication"]),
    .init("The talks ended on May 2, 2021. The previous night was calm.", "2022-04-26",
      ["May 2, 2021 => 2021-05-02", "The previous night => 2021-05-01 anchor=absolute"]),
    // A day counted from the story's day becomes the story's day (`the day after` follows on).
    .init("The talks ended on May 2, 2021. The previous day was calm; he left the day after.", "2022-04-26",
      ["May 2, 2021 => 2021-05-02", "The previous day => 2021-05-01", "the day after => 2021-05-02"]),
    .init("He had arrived the day before. He was seen the day before police came.", "2022-04-26", []),
    // Wire services' four-digit times, only with their zone; vague units before `later`.
    .init("The blast came at 2 p.m. local time (1100 GMT); at 0800 GMT it was calm on the 1430 train.", "2022-04-26",
      ["2 p.m. => 2022-04-26T14:00 TIME", "1100 GMT => 2022-04-26T11:00 TIME", "0800 GMT => 2022-04-26T08:00 TIME"]),
    .init("Hours later the mayor resigned; weeks earlier he had warned, and three days later he left.", "2022-04-26",
      ["Hours => PTXH DURATION", "weeks => PXW DURATION", "three days => P3D DURATION"]),
    // A period with its year named from publication is one expression.
    .init("Profit fell in the fourth quarter of last year and will rise in the second half of next year.", "2022-04-26",
      ["the fourth quarter of last year => 2021-Q4 DATE anchor=publication", "the second half of next year => 2023-H2"]),
    .init("Sales rose in the first quarter this year, in March of last year and at Christmas last year.", "2022-04-26",
      ["the first quarter this year => 2022-Q1", "March of last year => 2021-03", "Christmas last year => 2021-12-25"]),
    .init("It was hot in the summer of last year.", nil, ["the summer of last year => XXXX-SU anchor=unresolved"]),
    // A text may end right after `the summer of` (it trapped reading one token past the end).
    .init("It was hot in the summer of", "1999-12-31", ["the summer => 1999-SU"]),
    .init("summer of", "1999-12-31", []),
    // The end of a range of weekdays follows its start.
    .init("Talks will run from Monday to Friday; the office opens Monday-Thursday.", "2022-04-26",
      ["Monday => 2022-05-02", "Friday => 2022-05-06", "Monday => 2022-05-02", "Thursday => 2022-05-05"]),
    .init("It ran from Friday to Monday.", nil, ["Friday => XXXX-WXX-5 anchor=unresolved", "Monday => XXXX-WXX-1 anchor=unresolved"]),
    // A past range whose end would come after publication (a Tuesday) lies in the week before;
    // one that ends by publication, or runs now, stays.
    .init("The talks ran from Monday to Friday. Trading was halted Monday-Thursday.", "2022-04-26",
      ["Monday => 2022-04-18", "Friday => 2022-04-22", "Monday => 2022-04-18", "Thursday => 2022-04-21"]),
    .init("Protests lasted from Saturday through Monday; the fair runs from Monday to Wednesday.", "2022-04-26",
      ["Saturday => 2022-04-23", "Monday => 2022-04-25", "Monday => 2022-04-25", "Wednesday => 2022-04-27"]),
    // Two days joined by `and` in the week's order are read as a range; back in time, or before
    // a part of the day, each stands alone.
    .init("Talks on Friday and Saturday failed. They will meet Thursday and Friday.", "2013-03-22",
      ["Friday => 2013-03-15", "Saturday => 2013-03-16", "Thursday => 2013-03-28", "Friday => 2013-03-29"]),
    .init("Statements made Friday and Thursday; flights leave on Monday and Tuesday nights.", "2013-03-22",
      ["Friday => 2013-03-22", "Thursday => 2013-03-21", "Monday => XXXX-WXX-1TNI SET", "Tuesday nights => XXXX-WXX-2TNI SET"]),
    // `the year before` at a phrase's end is next to the story's year; before an event, no date.
    .init("In 2019 he won; the year before, he lost. The year before the war was calm.", "2022-04-26",
      ["2019 => 2019", "the year before => 2018 DATE anchor=absolute"]),
    .init("Sales fell to $3 million, down from $4 million the year before.", "2022-04-26",
      ["the year before => 2021 anchor=publication"]),
    // European dates with periods; not decimals or impossible days.
    .init("It was signed on 26.04.2022 and 1.3.2022; pi is 3.14159 and 31.02.2022 is no day.", "2022-04-26",
      ["26.04.2022 => 2022-04-26 DATE anchor=absolute", "1.3.2022 => 2022-03-01"]),
    // Named times take their day as clock times do.
    .init("The truce ended at midnight on Sunday; talks begin at noon, April 28.", "2022-04-26",
      ["midnight => 2022-04-24T24:00 TIME", "Sunday => 2022-04-24", "noon, April 28 => 2022-04-28T12:00 TIME"]),
    .init("On April 20 talks began at noon.", "2022-04-26", ["April 20 => 2022-04-20", "noon => 2022-04-20T12:00 TIME"]),
    // A time's day may follow its gloss (`local time`, another zone in brackets); a time after
    // a time with a day takes that day.
    .init("The truce took effect at 6 a.m. local time (0300 GMT) on Saturday.", "2022-04-26",
      ["6 a.m. => 2022-04-23T06:00 TIME anchor=publication", "0300 GMT => 2022-04-23T03:00 TIME", "Saturday => 2022-04-23 DATE"]),
    .init("The blast came at about 10:35 a.m. (0735 GMT) Friday.", nil,
      ["about 10:35 a.m. => XXXX-WXX-5T10:35 TIME mod=APPROX anchor=unresolved", "0735 GMT => XXXX-WXX-5T07:35", "Friday => XXXX-WXX-5"]),
    // A past midnight with no day is the one that began the publication day; `0900 local`.
    .init("The blast came shortly after midnight; the truce ends at midnight.", "2022-04-26",
      ["midnight => 2022-04-25T24:00 TIME anchor=publication", "midnight => 2022-04-26T24:00 TIME"]),
    .init("He landed at 0900 local (0600 GMT), at 14.30 local time; the 2022 local elections, the 1430 local train.", "2022-04-26",
      ["0900 => 2022-04-26T09:00 TIME", "0600 GMT => 2022-04-26T06:00", "14.30 => 2022-04-26T14:30", "2022 => 2022 DATE"]),
    .init("Talks begin at 14:00 CET on Friday; the leaders arrive Monday.", "2022-04-26",
      ["14:00 CET => 2022-04-29T14:00 TIME", "Friday => 2022-04-29", "Monday => 2022-05-02"]),
    .init("The deadline passed at midnight Thursday (2100 GMT). At 5 p.m. (the time of the vote) Monday was over.", "2022-04-26",
      ["midnight Thursday => 2022-04-21T24:00 TIME", "2100 GMT => 2022-04-21T21:00", "5 p.m. => 2022-04-21T17:00", "Monday => 2022-04-25"]),
    // Sets with a count in digits, as in words.
    .init("Buses run every 10 minutes and every two hours; each 10 days a report.", "2022-04-26",
      ["every 10 minutes => PT10M SET", "every two hours => PT2H SET", "10 days => P10D DURATION"]),
    // `overnight` as an adverb is last night; as an adjective no time.
    .init("Rockets hit Kyiv overnight. Overnight, sirens sounded; the overnight rate and an overnight stay.", "2022-04-26",
      ["overnight => 2022-04-25TNI TIME anchor=publication", "Overnight => 2022-04-25TNI TIME"]),
    .init("Forces shelled the city overnight Tuesday.", "2022-04-28", ["overnight Tuesday => 2022-04-26TNI TIME"]),
    .init("It rained overnight.", nil, ["overnight => XXXX-XX-XXTNI TIME anchor=unresolved"]),
    // A bare hour starting a range takes the second hour's half of the day.
    .init("Polls open from 9 to 11 a.m. and between 2 and 4 p.m.; rates rose between 2 and 4 percent.", "2022-04-26",
      ["9 => 2022-04-26T09:00 TIME", "11 a.m. => 2022-04-26T11:00", "2 => 2022-04-26T14:00 TIME", "4 p.m. => 2022-04-26T16:00"]),
    // A day of a month the text does not write.
    .init("The vote is on the 28th. Russia invaded on the 24th of last month; he lives on the 28th floor.", "2022-04-26",
      ["the 28th => 2022-04-28 DATE anchor=publication", "the 24th of last month => 2022-03-24"]),
    .init("It happened on the 31st. It will end by the 3rd, the 28th president said.", "2022-01-30",
      ["the 31st => 2021-12-31", "the 3rd => 2022-02-03"]),
    .init("The vote is on the 28th.", nil, ["the 28th => XXXX-XX-28 anchor=unresolved"]),
    // Scheduled events and expectations in the present tense look forward.
    .init("Guterres heads to Moscow on Thursday. The summit takes place on Friday.", "2022-04-26",
      ["Thursday => 2022-04-28", "Friday => 2022-04-29"]),
    .init("Talks are expected Thursday; a ruling is due Friday. The heads of state met on Monday.", "2022-04-26",
      ["Thursday => 2022-04-28", "Friday => 2022-04-29", "Monday => 2022-04-25"]),
    .init("The ruling was expected Friday, and he took a stake on Thursday.", "2022-04-26",
      ["Friday => 2022-04-22", "Thursday => 2022-04-21"]),
  ]

  /// 1.8.0: cases from 2020s wire news (UPI/AP/Reuters style), probed against TIMEX3.
  static let wireNews2020s: [DateCase] = [
    // Plural scheduled presents: `head to`, `go to the polls`.
    .init("Voters head to the polls Sunday; the head of the commission spoke Sunday.", "2023-05-11",
      ["Sunday => 2023-05-14 DATE anchor=publication", "Sunday => 2023-05-07 DATE anchor=publication"]),
    .init("Millions go to the polls on Sunday. Officials want to head to Kyiv on Friday.", "2023-05-11",
      ["Sunday => 2023-05-14 DATE anchor=publication", "Friday => 2023-05-12 DATE anchor=publication"]),
    // A forecast or a wish looks forward as an expectation does (`is forecast to`, `want to`).
    .init("The storm is forecast to make landfall Wednesday; it is likely to weaken by Thursday.", "2024-09-24",
      ["Wednesday => 2024-09-25 DATE anchor=publication", "Thursday => 2024-09-26 DATE anchor=publication"]),
    .init("The storm made landfall Wednesday, as forecast.", "2024-09-24",
      ["Wednesday => 2024-09-18 DATE anchor=publication"]),
    // A plural subject that starts its clause, then `open`/`close`/`start` before a time.
    .init("Polls open at 7 a.m. Tuesday. The polls close at 8 p.m. on Tuesday.", "2022-11-07",
      ["7 a.m. Tuesday => 2022-11-08T07:00 TIME anchor=publication", "8 p.m. => 2022-11-08T20:00 TIME anchor=publication", "Tuesday => 2022-11-08 DATE anchor=publication"]),
    .init("The shop kept its doors open on Tuesday. Stocks close higher on Tuesday.", "2022-11-07",
      ["Tuesday => 2022-11-01 DATE anchor=publication", "Tuesday => 2022-11-01 DATE anchor=publication"]),
    // What is on a weekday is scheduled: `is on Sunday`, `is Friday` (not before `'s`).
    .init("The final is on Sunday night at Wembley. The deadline is Friday.", "2024-07-20",
      ["Sunday night => 2024-07-21TNI TIME anchor=publication", "Friday => 2024-07-26 DATE anchor=publication"]),
    .init("The focus is on Sunday's vote.", "2024-07-22",
      ["Sunday => 2024-07-21 DATE anchor=publication"]),
    // `by the weekend` is a deadline ahead, as `by Friday` (not `by the Tuesday deadline`).
    .init("Temperatures could reach 45C by the weekend.", "2023-07-12",
      ["the weekend => 2023-W28-WE DATE anchor=publication"]),
    .init("Holders tendered 99% of shares by the Tuesday deadline. Most residents had fled by the weekend.", "2023-07-12",
      ["Tuesday => 2023-07-11 DATE anchor=publication", "the weekend => 2023-W27-WE DATE anchor=publication"]),
    // `may`, `might`, `should` look forward (not `may have`, nor `could`, also a past).
    .init("The bank may raise rates on Thursday; it may have acted on Monday.", "2023-07-12",
      ["Thursday => 2023-07-13 DATE anchor=publication", "Monday => 2023-07-10 DATE anchor=publication"]),
    .init("Police could not be located Wednesday; the talks might resume Friday.", "2023-07-13",
      ["Wednesday => 2023-07-12 DATE anchor=publication", "Friday => 2023-07-14 DATE anchor=publication"]),
    // A bare `over` before a count is `more than` after a word that takes a span, or before `ago`.
    .init("The grain has been stuck in port for over a year, the first in well over a decade.", "2022-06-03",
      ["over a year => P1Y DURATION mod=MORE_THAN anchor=absolute", "well over a decade => P10Y DURATION mod=MORE_THAN anchor=absolute"]),
    .init("Talks were held over two days; cases rose over the past week.", "2022-06-03",
      ["two days => P2D DURATION anchor=absolute", "the past week => 2022-W21 DATE anchor=publication"]),
    .init("He was arrested over two years ago; the rebels took over two years ago.", "2022-06-03",
      ["over two years ago => 2020 DATE mod=MORE_THAN anchor=publication", "two years ago => 2020 DATE anchor=publication"]),
    .init("The talks lasted over three hours and will resume in over a week.", "2023-03-06",
      ["over three hours => PT3H DURATION mod=MORE_THAN anchor=absolute", "over a week => P1W DURATION mod=MORE_THAN anchor=absolute"]),
    // The end of a range of days is the first such day on or after its start.
    .init("The Atlantic hurricane season runs from June 1 to Nov. 30.", "2023-06-01",
      ["June 1 => 2023-06-01 DATE anchor=publication", "Nov. 30 => 2023-11-30 DATE anchor=publication"]),
    .init("Schools close from Dec. 20, 2022 to Jan. 3.", nil,
      ["Dec. 20, 2022 => 2022-12-20 DATE anchor=absolute", "Jan. 3 => 2023-01-03 DATE anchor=absolute"]),
    .init("Schools close from Dec. 20 to Jan. 3.", nil,
      ["Dec. 20 => XXXX-12-20 DATE anchor=unresolved", "Jan. 3 => XXXX-01-03 DATE anchor=unresolved"]),
    .init("The strike lasted from Nov. 28 to Dec. 3.", "2023-01-10",
      ["Nov. 28 => 2022-11-28 DATE anchor=publication", "Dec. 3 => 2022-12-03 DATE anchor=publication"]),
    // The second of two months joined by `and`/`or` needs no cue of its own.
    .init("Prices rose between January and March, and in May or June.", "2023-07-06",
      ["January => 2023-01 DATE anchor=publication", "March => 2023-03 DATE anchor=publication", "May => 2023-05 DATE anchor=publication", "June => 2023-06 DATE anchor=publication"]),
    .init("He met Jan Egeland and March organizers.", "2023-07-06",
      []),
    // A range of times takes the day written after its end (the day before over midnight).
    .init("The blackout lasted from 6 a.m. to noon on Sunday.", "2023-03-06",
      ["6 a.m. => 2023-03-05T06:00 TIME anchor=publication", "noon => 2023-03-05T12:00 TIME anchor=publication", "Sunday => 2023-03-05 DATE anchor=publication"]),
    .init("A curfew ran from 11 p.m. to 5 a.m. Sunday.", "2023-03-06",
      ["11 p.m. => 2023-03-04T23:00 TIME anchor=publication", "5 a.m. Sunday => 2023-03-05T05:00 TIME anchor=publication"]),
    .init("The curfew runs from 11 p.m. to 5 a.m. daily.", "2023-03-06",
      ["11 p.m. => 2023-03-06T23:00 TIME anchor=publication", "5 a.m. => 2023-03-06T05:00 TIME anchor=publication", "daily => P1D SET anchor=absolute"]),
    // A past form that is also the bare verb (`hit`, `set`) after a modal or `to` is no past.
    .init("The storm will hit late Friday; it is expected to set records on Saturday.", "2024-03-14",
      ["late Friday => 2024-03-15 DATE mod=END anchor=publication", "Saturday => 2024-03-16 DATE anchor=publication"]),
    // (`could hit` looks forward since 1.16.0: `could` is a future cue unless `not`, `have` or
    // a form of `be` follows.)
    .init("The storm hit on Friday and could hit again on Saturday.", "2024-03-14",
      ["Friday => 2024-03-08 DATE anchor=publication", "Saturday => 2024-03-16 DATE anchor=publication"]),
    // A reporting clause after a comma decides only when the date's own clause has no cue.
    .init("The vote will take place on Tuesday, officials said.", "2024-03-14",
      ["Tuesday => 2024-03-19 DATE anchor=publication"]),
    .init("On Tuesday, the company said it would cut jobs.", "2024-03-14",
      ["Tuesday => 2024-03-12 DATE anchor=publication"]),
    .init("Landfall is expected to come late Friday or early Saturday, forecasters said.", "2024-03-14",
      ["late Friday => 2024-03-15 DATE mod=END anchor=publication", "early Saturday => 2024-03-16 DATE mod=START anchor=publication"]),
    // A clause joined by `and` with its own verb keeps its tense to itself.
    .init("The truce took effect at 8 p.m. on Monday and is set to last until Friday.", "2024-03-14",
      ["8 p.m. => 2024-03-11T20:00 TIME anchor=publication", "Monday => 2024-03-11 DATE anchor=publication",
       "Friday => 2024-03-15 DATE anchor=publication"]),
    .init("Talks on Monday and Tuesday will focus on trade.", "2024-03-14",
      ["Monday => 2024-03-18 DATE anchor=publication", "Tuesday => 2024-03-19 DATE anchor=publication"]),
    // What has lasted since a month or day began in the past, whatever the sentence's tense.
    .init("Prices will keep rising, as they have since mid-April; the border will stay shut, as it has since April 3.", "2024-03-14",
      ["mid-April => 2023-04 DATE mod=MID anchor=publication", "April 3 => 2023-04-03 DATE anchor=publication"]),
    // `succeed` is no -ed past; an -ed word after a linking verb is an adjective.
    .init("He will succeed her Feb. 1, soon after. Schools will remain closed on Friday.", "1989-10-26",
      ["Feb. 1 => 1990-02-01 DATE anchor=publication", "Friday => 1989-10-27 DATE anchor=publication"]),
    // The start of a range takes the year its end writes (the year before when later in the year).
    .init("The report covers 1 January to 30 June 2023; prices rose from Dec. 1 through Feb. 28, 2023.", "2024-03-14",
      ["1 January => 2023-01-01 DATE anchor=absolute", "30 June 2023 => 2023-06-30 DATE anchor=absolute",
       "Dec. 1 => 2022-12-01 DATE anchor=absolute", "Feb. 28, 2023 => 2023-02-28 DATE anchor=absolute"]),
    .init("Sales rose between March and May 2022 and from November to February 2024.", nil,
      ["March => 2022-03 DATE anchor=absolute", "May 2022 => 2022-05 DATE anchor=absolute",
       "November => 2023-11 DATE anchor=absolute", "February 2024 => 2024-02 DATE anchor=absolute"]),
    .init("He met her in March to discuss June 2023 plans.", "2024-03-14",
      ["March => 2024-03 DATE anchor=publication", "June 2023 => 2023-06 DATE anchor=absolute"]),
    // `a month earlier` after a rate measures back in time; a bare `4% a month` is a rate.
    .init("Unemployment fell to 3.9% from 4.1% a month earlier; the fund earns 4% a month.", "2024-03-14",
      ["a month => P1M DURATION anchor=absolute"]),
    // An ISO 8601 date with its time of day is one time.
    .init("The report was published at 2023-06-14T10:00Z and updated 2024-03-14T09:30:15+01:00.", "2024-03-14",
      ["2023-06-14T10:00Z => 2023-06-14T10:00 TIME anchor=absolute", "2024-03-14T09:30:15+01:00 => 2024-03-14T09:30:15 TIME anchor=absolute"]),
    .init("Code 2024-03-14Tango was filed.", "2024-03-14",
      ["2024-03-14 => 2024-03-14 DATE anchor=absolute"]),
    // `this weekend` told in the past, on a weekday, has passed; more irregular pasts (`drew`).
    .init("This weekend's rally drew 10,000 people. The next rally will be held this weekend.", "2024-03-14",
      ["This weekend => 2024-W10-WE DATE anchor=publication", "this weekend => 2024-W11-WE DATE anchor=publication"]),
    .init("Tens of thousands rallied this weekend.", "2024-03-17",
      ["this weekend => 2024-W11-WE DATE anchor=publication"]),
    // What is awaited is still to come.
    .init("Investors are awaiting Friday's jobs report; they awaited Monday's data.", "2024-03-14",
      ["Friday => 2024-03-15 DATE anchor=publication", "Monday => 2024-03-11 DATE anchor=publication"]),
    // British `Thursday week`: the day a week after the coming one.
    .init("The final is on Thursday week; talks resume on Monday week in Geneva.", "2024-03-14",
      ["Thursday week => 2024-03-21 DATE anchor=publication", "Monday week => 2024-03-25 DATE anchor=publication"]),
    .init("He said Monday week-long talks ended; on Monday week's meeting was cancelled.", "2024-03-14",
      ["Monday => 2024-03-11 DATE anchor=publication", "week-long => P1W DURATION anchor=absolute", "Monday => 2024-03-11 DATE anchor=publication"]),
    // `Q4 FY24`: a quarter or half of the fiscal year the code names.
    .init("Revenue rose in Q4 FY24; H1 FY2023 sales fell; Q2 FYI was flat.", "2024-03-14",
      ["Q4 FY24 => 2024-Q4 DATE anchor=absolute", "H1 FY2023 => 2023-H1 DATE anchor=absolute", "Q2 => 2023-Q2 DATE anchor=publication"]),
    // A time takes a day written day first after it (`on 31 March`, `, 2 April`).
    .init("The deadline is 11.59pm on 31 March; he arrived at 10am on 3 March 2023.", "2024-03-14",
      ["11.59pm => 2024-03-31T23:59 TIME anchor=publication", "31 March => 2024-03-31 DATE anchor=publication",
       "10am => 2023-03-03T10:00 TIME anchor=absolute", "3 March 2023 => 2023-03-03 DATE anchor=absolute"]),
    .init("At 9am 12 March was quiet.", "2024-03-14",
      ["9am => 2024-03-14T09:00 TIME anchor=publication", "12 March => 2024-03-12 DATE anchor=publication"]),
    // Two months joined by a dash: the second needs no cue of its own.
    .init("The elections will be held in April-May.", "2024-03-14",
      ["April => 2024-04 DATE anchor=publication", "May => 2024-05 DATE anchor=publication"]),
    // `The Sunday Times`: a weekday between `the` and a capitalized name word names a paper.
    .init("He told the Sunday Telegraph what the Sunday Times reported on Sunday.", "2024-03-14",
      ["Sunday => 2024-03-10 DATE anchor=publication"]),
    .init("The Monday Morning meeting was cancelled; the Sunday March 3 vote went ahead.", "2024-03-14",
      ["Monday Morning => 2024-03-11TMO TIME anchor=publication", "Sunday March 3 => 2024-03-03 DATE anchor=publication"]),
    // The Fourth of July is a named day.
    .init("The Fourth of July parade was cancelled.", "2024-03-14",
      ["Fourth of July => 2023-07-04 DATE anchor=publication"]),
    // `24 hours a day`, `seven days a week`: a share of a cycle, no duration.
    .init("Guards are posted 24 hours a day and the store is open seven days a week.", "2024-03-14",
      []),
    .init("He worked 12 hours a day for a year; it took two days a week ago.", "2024-03-14",
      ["a year => P1Y DURATION anchor=absolute", "two days => P2D DURATION anchor=absolute", "a week ago => 2024-W10 DATE anchor=publication"]),
    // Wire services' `end-2024`, `end-June`; a bare `end` is a noun or a verb.
    .init("The deal should close by end-2024; stocks stood at 5 billion at end-June.", "2024-03-14",
      ["end-2024 => 2024 DATE mod=END anchor=absolute", "end-June => 2023-06 DATE mod=END anchor=publication"]),
    .init("Stocks will end 2024 higher.", "2024-03-14",
      ["2024 => 2024 DATE anchor=absolute"]),
  ]

  /// Forms found by scoring Duckling's English time corpus (1.14.0): days of other calendars,
  /// a day of the month in words, clock times with seconds or counted from the hour, and the
  /// first or last day of a month or year. Each failed before 1.14.0.
  static let fromDuckling: [DateCase] = [
    // Days of the Chinese, Hebrew and Islamic calendars (Foundation's calendars convert them).
    .init("Families gathered for Lunar New Year and again for Eid al-Fitr.", "2024-05-10",
      ["Lunar New Year => 2024-02-10 DATE anchor=publication", "Eid al-Fitr => 2024-04-10 DATE anchor=publication"]),
    .init("Chinese New Year 2018 was a Friday; Eid al-Adha 2024 was hot.", "2024-05-10",
      ["Chinese New Year 2018 => 2018-02-16 DATE anchor=absolute", "Eid al-Adha 2024 => 2024-06-16 DATE anchor=absolute"]),
    .init("Israel marked Yom Kippur; Passover begins next spring.", "2023-10-01",
      ["Yom Kippur => 2023-09-25 DATE anchor=publication", "Passover => 2024-04-23 DATE anchor=publication",
       "next spring => 2024-SP DATE anchor=publication"]),
    // Purim in a Hebrew leap year falls in Adar II.
    .init("Purim 2024 and Purim 2025 and Hanukkah 2024 were quiet.", "2025-05-10",
      ["Purim 2024 => 2024-03-24 DATE anchor=absolute", "Purim 2025 => 2025-03-14 DATE anchor=absolute",
       "Hanukkah 2024 => 2024-12-26 DATE anchor=absolute"]),
    .init("The Mid-Autumn Festival and Rosh Hashanah came in the autumn.", "2024-12-01",
      ["Mid-Autumn Festival => 2024-09-17 DATE anchor=publication", "Rosh Hashanah => 2024-10-03 DATE anchor=publication",
       "the autumn => 2024-FA DATE anchor=publication"]),
    // No publication date: the day is unknown.
    .init("Shops closed for Eid al-Fitr.", nil, ["Eid al-Fitr => XXXX-XX-XX DATE anchor=unresolved"]),
    // Ramadan lasts a month: it is dated by the month it begins in (1.18.0).
    .init("Muslims are observing Ramadan; during Ramadan last year prices rose.", "2024-04-02",
      ["Ramadan => 2024-03 DATE anchor=publication", "Ramadan last year => 2023-03 DATE anchor=publication"]),
    .init("Ramadan will begin next month, and Ramadan 2021 began on a Tuesday.", "2025-02-02",
      ["Ramadan => 2025-03 DATE anchor=publication", "next month => 2025-03", "Ramadan 2021 => 2021-04 DATE anchor=absolute"]),
    .init("Shops close early in Ramadan.", nil, ["Ramadan => XXXX-XX DATE anchor=unresolved"]),
    // South Asian spellings (1.19.0; they gave nothing).
    .init("Markets shut for Eid-ul-Fitr after Ramzan, and again for Id-ul-Adha.", "2021-05-10",
      ["Eid-ul-Fitr => 2021-05-13 DATE anchor=publication", "Ramzan => 2021-04 DATE anchor=publication",
       "Id-ul-Adha => 2020-07-31 DATE anchor=publication"]),
    // A day of the month written as an ordinal word, and `February the 15th`.
    .init("The vote is on the first of March; the result came on the twenty-first of June 2022.", "2024-05-10",
      ["first of March => 2024-03-01 DATE anchor=publication", "twenty-first of June 2022 => 2022-06-21 DATE anchor=absolute"]),
    .init("He was sworn in on February the 15th and left on the fifth of November.", "2024-12-10",
      ["February the 15th => 2024-02-15 DATE anchor=publication", "fifth of November => 2024-11-05 DATE anchor=publication"]),
    .init("It was the first of many trials; he came fifth in May.", "2024-05-10",
      ["May => 2024-05 DATE anchor=publication"]),
    // Seconds are in the value.
    .init("The quake struck at 15:23:24 UTC on Tuesday.", "2024-05-10",
      ["15:23:24 UTC => 2024-05-07T15:23:24 TIME anchor=publication", "Tuesday => 2024-05-07 DATE anchor=publication"]),
    .init("Posted 2024-05-10T10:00:30Z.", "2024-05-10",
      ["2024-05-10T10:00:30Z => 2024-05-10T10:00:30 TIME anchor=absolute"]),
    // Minutes counted from an hour.
    .init("The fire started at half past nine and was out by a quarter to midnight.", "2024-05-10",
      ["half past nine => 2024-05-10T09:30 TIME anchor=publication", "a quarter to midnight => 2024-05-10T23:45 TIME anchor=publication"]),
    .init("Polls closed at twenty past six; the blast came 20 minutes past 3 p.m. on Tuesday.", "2024-05-10",
      ["twenty past six => 2024-05-10T06:20 TIME anchor=publication", "20 minutes past 3 p.m. => 2024-05-07T15:20 TIME anchor=publication", "Tuesday => 2024-05-07 DATE anchor=publication"]),
    // A count without `minutes` before `to` is a range or a score, not a time.
    .init("The shop opens from five to seven; they won five to four.", "2024-05-10", []),
    // The first or last day of a month or year.
    .init("The deal expires on the last day of the month; the law took effect on the first day of the year.", "2024-05-10",
      ["the last day of the month => 2024-05-31 DATE anchor=publication", "the first day of the year => 2024-01-01 DATE anchor=publication"]),
    .init("He left on the last day of February 2024, not the last day of October 2015.", "2024-05-10",
      ["the last day of February 2024 => 2024-02-29 DATE anchor=absolute", "the last day of October 2015 => 2015-10-31 DATE anchor=absolute"]),
    .init("On the first day of the trial, on the last day of October, the judge spoke.", nil,
      ["the last day of October => XXXX-10-31 DATE anchor=unresolved"]),
    // A simple fraction counts part of a unit (`1/2 hour` gave `2 hour`, PT2H), and a part
    // that is whole in the next smaller unit is written in it (it gave `PT1.25H`).
    .init("The talks took 1/2 hour, the vote 3/4 hour and the count 1.25 hours; it ended after 1 1/2 hours.", "2024-05-10",
      ["1/2 hour => PT30M DURATION anchor=absolute", "3/4 hour => PT45M DURATION anchor=absolute",
       "1.25 hours => PT1H15M DURATION anchor=absolute", "1 1/2 hours => PT1H30M DURATION anchor=absolute"]),
  ]

  /// Two units joined by `and` are one duration (1.14.0; they gave two).
  static let compoundDurations: [DateCase] = [
    .init("He was sentenced to three years and six months in prison after a trial of an hour and 20 minutes.", "2024-05-10",
      ["three years and six months => P3Y6M DURATION anchor=absolute", "an hour and 20 minutes => PT1H20M DURATION anchor=absolute"]),
    .init("The strike lasted two days and three hours; the term is a year and a day.", "2024-05-10",
      ["two days and three hours => P2DT3H DURATION anchor=absolute", "a year and a day => P1Y1D DURATION anchor=absolute"]),
    // Not when the second part measures from an event, nor a coarser second unit, nor weeks.
    .init("It began two years and three months ago, after three months and two years and five years and 10 weeks.", "2024-05-10",
      ["two years => P2Y DURATION anchor=absolute", "three months ago => 2024-02 DATE anchor=publication",
       "three months => P3M DURATION anchor=absolute", "two years => P2Y DURATION anchor=absolute",
       "five years => P5Y DURATION anchor=absolute", "10 weeks => P10W DURATION anchor=absolute"]),
  ]

  /// Forms 1.15.0 reads (each gave a wrong or a partial item before).
  static let dayArithmetic: [DateCase] = [
    // A weekday and an ordinal day: the nearest such day on the tense's side (it gave the
    // weekday alone, and the day's month was lost).
    .init("The vote was on Tuesday the 19th; the next one will be on Friday the thirteenth.", "2024-05-15",
      ["Tuesday the 19th => 2024-03-19 DATE anchor=publication", "Friday the thirteenth => 2024-09-13 DATE anchor=publication"]),
    .init("It happened on Tuesday, the 19th of March, and again on Saturday the 29th of February 2020.", "2024-05-15",
      ["Tuesday, the 19th of March => 2024-03-19 DATE anchor=publication",
       "Saturday the 29th of February 2020 => 2020-02-29 DATE anchor=absolute"]),
    .init("It was Friday the first time he came.", "2024-05-15", ["Friday => 2024-05-10 DATE anchor=publication"]),
    .init("The vote was on Tuesday the 19th.", nil, ["Tuesday the 19th => XXXX-XX-19 DATE anchor=unresolved"]),
    // Units counted from a day give a day (they gave a week, or a duration and the weekday).
    .init("Talks resume two weeks from today and end a week from Monday; the loan is due 90 days from Jan. 1, 2025.", "2024-05-15",
      ["two weeks from today => 2024-05-29 DATE anchor=publication", "a week from Monday => 2024-05-27 DATE anchor=publication",
       "90 days from Jan. 1, 2025 => 2025-04-01 DATE anchor=absolute"]),
    .init("Two weeks from now, the rules change; he flies three hours from today.", "2024-05-15",
      ["Two weeks from now => 2024-W22 DATE anchor=publication", "three hours => PT3H DURATION anchor=absolute",
       "today => 2024-05-15 DATE anchor=publication"]),
    .init("Talks resume a week from Monday.", nil, ["a week from Monday => XXXX-XX-XX DATE anchor=unresolved"]),
    // A day no four-digit year writes stays a placeholder.
    .init("It ends 9999 centuries from Monday.", "2024-05-15", ["9999 centuries from Monday => XXXX-XX-XX DATE anchor=unresolved"]),
    // `upcoming` is `coming` (it was no date).
    .init("He will speak in the upcoming week; in the upcoming weeks prices rise.", "2024-05-15",
      ["the upcoming week => 2024-W21 DATE anchor=publication", "the upcoming weeks => PXW DURATION anchor=absolute"]),
    // Quarters of a unit (they gave the whole unit), and parts of a unit counted back in time
    // (they gave PAST_REF).
    .init("It took a quarter of an hour, then three-quarters of an hour; three quarters of a mile away.", "2024-05-15",
      ["a quarter of an hour => PT15M DURATION anchor=absolute", "three-quarters of an hour => PT45M DURATION anchor=absolute"]),
    .init("Half a century ago it began; he left a year and a half ago, 2.5 weeks ago.", "2024-05-15",
      ["Half a century ago => 1974 DATE anchor=publication", "a year and a half ago => 2022-11 DATE anchor=publication",
       "2.5 weeks ago => PAST_REF DATE anchor=absolute"]),
  ]

  /// Forms 1.16.0 reads, found by scoring two sets of 2019–2026 news sentences annotated
  /// independently of the extractor (each gave a wrong, a partial or no item before).
  static let independentNews: [DateCase] = [
    // A day after `on` is its own expression (TIMEX3 extents leave prepositions out), and the
    // time's day: a holiday's too (they gave `7 a.m. on Friday`, and `6 p.m.` on the
    // publication day).
    .init("The truce took effect at 7 a.m. on Friday.", "2023-11-24",
      ["7 a.m. => 2023-11-24T07:00 TIME anchor=publication", "Friday => 2023-11-24 DATE anchor=publication"]),
    .init("Rail workers will strike for 48 hours from 6 p.m. on Christmas Eve; the metro opens at 5 a.m. on New Year's Day.", "2019-12-21",
      ["48 hours => PT48H DURATION anchor=absolute", "6 p.m. => 2019-12-24T18:00 TIME anchor=publication",
       "Christmas Eve => 2019-12-24 DATE anchor=publication", "5 a.m. => 2020-01-01T05:00 TIME anchor=publication",
       "New Year's Day => 2020-01-01 DATE anchor=publication"]),
    .init("The polls close at 8 p.m. on Tuesday.", nil,
      ["8 p.m. => XXXX-WXX-2T20:00 TIME anchor=unresolved", "Tuesday => XXXX-WXX-2 DATE anchor=unresolved"]),
    // More zones belong to the time (`PT`, `CEST` were left out of the extent).
    .init("Apple unveils the phone at 10 a.m. PT on Monday; the launch is at 14:00 CEST.", "2024-09-09",
      ["10 a.m. PT => 2024-09-09T10:00 TIME anchor=publication", "Monday => 2024-09-09 DATE anchor=publication",
       "14:00 CEST => 2024-09-09T14:00 TIME anchor=publication"]),
    // `could` looks forward (it gave no cue, and the past default decided), but not `could not`.
    .init("Officials said on Tuesday that conditions could worsen again on Saturday.", "2019-12-31",
      ["Tuesday => 2019-12-31 DATE anchor=publication", "Saturday => 2020-01-04 DATE anchor=publication"]),
    .init("He could not be reached on Saturday.", "2019-12-31", ["Saturday => 2019-12-28 DATE anchor=publication"]),
    // A frequency is one set with its count (it gave `a year`, and `twice a year from now on`
    // gave the date `a year from now`).
    .init("It will pay dividends twice a year from now on; trains run three times a day and 3 times per week.", "2026-02-26",
      ["twice a year => P1Y SET anchor=absolute", "now => PRESENT_REF DATE anchor=absolute",
       "three times a day => P1D SET anchor=absolute", "3 times per week => P1W SET anchor=absolute"]),
    // `ago today`: the day that many units back (it gave the year, and `today` apart).
    .init("Fifty years ago today, Armstrong walked on the moon; two weeks ago today, he left.", "2019-07-20",
      ["Fifty years ago today => 1969-07-20 DATE anchor=publication", "two weeks ago today => 2019-07-06 DATE anchor=publication"]),
    .init("Fifty years ago today, Armstrong walked on the moon.", nil, ["Fifty years ago today => XXXX-XX-XX DATE anchor=unresolved"]),
    // Names, not times: an award of the year, a capitalized season starting a name.
    .init("She won album of the year; Time named her Person of the Year, the best of the year.", "2025-02-03",
      ["the year => 2025 DATE anchor=publication"]),
    .init("The Winter Olympics opened on Friday; the Summer Games begin in July, in the summer.", "2026-02-09",
      ["Friday => 2026-02-06 DATE anchor=publication", "July => 2026-07 DATE anchor=publication",
       "the summer => 2026-SU DATE anchor=publication"]),
    // `the final quarter` is the fourth, and `the last quarter of` a year (it gave the year).
    .init("The economy shrank in the final quarter of 2022 and the last quarter of last year; sales rose last quarter.", "2023-05-01",
      ["the final quarter of 2022 => 2022-Q4 DATE anchor=absolute", "the last quarter of last year => 2022-Q4 DATE anchor=publication",
       "last quarter => 2023-Q1 DATE anchor=publication"]),
    .init("He scored in the final quarter.", "2023-05-01", []),
    // The end of a range is not before its start, also told in the past (it gave last New
    // Year's Day).
    .init("Officials warned of disruption between Christmas Eve and New Year's Day; the fair runs from Dec. 28 to Jan. 3.", "2025-12-22",
      ["Christmas Eve => 2025-12-24 DATE anchor=publication", "New Year's Day => 2026-01-01 DATE anchor=publication",
       "Dec. 28 => 2025-12-28 DATE anchor=publication", "Jan. 3 => 2026-01-03 DATE anchor=publication"]),
    // `May` and `March` after `between` (before `and` and a month) and after `into` are months
    // (they gave nothing); not a name.
    .init("People fled between May and July, and the bill pushes deadlines into March.", "2023-08-08",
      ["May => 2023-05 DATE anchor=publication", "July => 2023-07 DATE anchor=publication", "March => 2023-03 DATE anchor=publication"]),
    .init("Talks between May and Juncker failed; crowds marched into May Square.", "2023-08-08", []),
    // The second day of `from Sept. 17 to 19` (it gave the first alone); not a count or share.
    .init("Matches run from Sept. 17 to 19; shares rose from Sept. 1 to 19%.", "2025-09-30",
      ["Sept. 17 => 2025-09-17 DATE anchor=publication", "19 => 2025-09-19 DATE anchor=publication", "Sept. 1 => 2025-09-01 DATE anchor=publication"]),
    // `in the afternoon` is that part of the story's day (it gave nothing); not an adjective.
    .init("A truce took effect at 7 a.m. on Friday, and hostages were released in the afternoon.", "2023-11-24",
      ["7 a.m. => 2023-11-24T07:00 TIME anchor=publication", "Friday => 2023-11-24 DATE anchor=publication",
       "the afternoon => 2023-11-24TAF TIME anchor=publication"]),
    .init("He trains in the morning session; it rained in the morning of May 3.", "2023-11-24", ["May 3 => 2023-05-03 DATE anchor=publication"]),
    // `the coming days` is a vague span, as `recent days` (it gave FUTURE_REF).
    .init("The toll is expected to rise in the coming days.", "2023-08-10", ["the coming days => PXD DURATION anchor=absolute"]),
  ]

  /// Dates 1.17.0: fixtures in the present tense, parts of every day, `that year` after a day.
  static let fixturesAndSets: [DateCase] = [
    // A fixture or a vote in the present tense after its subject is ahead (they gave the past day).
    .init("Arsenal play Aston Villa on Tuesday night and Parliament votes on Thursday.", "2025-12-26",
      ["Tuesday night => 2025-12-30TNI TIME anchor=publication", "Thursday => 2026-01-01 DATE anchor=publication"]),
    .init("She faces a confidence vote on Monday; the Lakers host the Celtics Friday.", "2023-11-22",
      ["Monday => 2023-11-27 DATE anchor=publication", "Friday => 2023-11-24 DATE anchor=publication"]),
    .init("Clocks go back one hour on Sunday, and Manchester City take on Brentford on Saturday.", "2025-10-22",
      ["one hour => PT1H DURATION", "Sunday => 2025-10-26 DATE anchor=publication", "Saturday => 2025-10-25 DATE anchor=publication"]),
    // Nouns and past forms stay past: `the play`, `of votes`, `took on`.
    .init("The play on Friday drew crowds; he won 52% of votes on Sunday and took on Leeds on Saturday.", "2023-11-22",
      ["Friday => 2023-11-17 DATE anchor=publication", "Sunday => 2023-11-19 DATE anchor=publication",
       "Saturday => 2023-11-18 DATE anchor=publication"]),
    // A part of every day, every weekend, every weekday (they gave nothing).
    .init("Crowds gathered every night, trains run every weekday and the market opens each morning and every weekend.", "2025-03-01",
      ["every night => XXXX-XX-XXTNI SET", "every weekday => XXXX-WXX-WD SET", "each morning => XXXX-XX-XXTMO SET",
       "every weekend => XXXX-WXX-WE SET"]),
    // `that year` after a day or month is the year the story last named, one expression (it
    // gave the publication year's day, and `that year` apart).
    .init("Recorded in 1969, it was released on 26 September that year; by December that year it topped the charts.", "2019-10-04",
      ["1969 => 1969 DATE anchor=absolute", "26 September that year => 1969-09-26 DATE anchor=absolute",
       "December that year => 1969-12 DATE anchor=absolute"]),
    .init("The budget was cut in March that year's plan had set.", "2019-10-04", ["March => 2019-03 DATE anchor=publication"]),
  ]

  /// Dates 1.19.0: a range of counts of one unit is one duration at its lower bound (they
  /// gave the upper count's duration alone).
  static let durationRanges: [DateCase] = [
    .init("Shipments resume within two to three weeks; the gap rose to 12-16 weeks, up from six to eight weeks.", "2021-05-14",
      ["two to three weeks => P2W DURATION anchor=absolute", "12-16 weeks => P12W DURATION anchor=absolute",
       "six to eight weeks => P6W DURATION anchor=absolute"]),
    .init("Recovery takes two or three days, or between 3\u{2013}5 days at most.", "2021-05-14",
      ["two or three days => P2D DURATION anchor=absolute", "3\u{2013}5 days => P3D DURATION anchor=absolute"]),
    .init("He probably died within weeks or months of his capture.", "2021-05-14", ["weeks or months => PXW DURATION anchor=absolute"]),
    // A change is no range (`from two to four years`), nor are falling counts.
    .init("The term was extended from two to four years and cut from ten to five years.", "2021-05-14",
      ["four years => P4Y DURATION anchor=absolute", "five years => P5Y DURATION anchor=absolute"]),
  ]

  /// Dates 1.20.0: a time of day before a relative day is one time on that day (they gave the
  /// publication day's time and the day apart), and a quarter named by its last month is that
  /// quarter (they gave the month).
  static let timesAndQuarters: [DateCase] = [
    .init("Talks resume at noon next Thursday; the blast came at 8pm last night.", "2024-06-05",
      ["noon next Thursday => 2024-06-06T12:00 TIME anchor=publication",
       "8pm last night => 2024-06-04T20:00 TIME anchor=publication"]),
    .init("Trading halted at 2 p.m. last Wednesday.", "2024-06-05",
      ["2 p.m. last Wednesday => 2024-05-29T14:00 TIME anchor=publication"]),
    // A week or a year after the time is no day of it.
    .init("It opens at 9 a.m. next week.", "2024-06-05",
      ["9 a.m. => 2024-06-05T09:00 TIME anchor=publication", "next week => 2024-W24 DATE anchor=publication"]),
    .init("Profit rose in the December quarter; June 2023 quarter sales and December-quarter margins fell.", "2024-06-05",
      ["the December quarter => 2023-Q4 DATE anchor=publication", "June 2023 quarter => 2023-Q2 DATE anchor=absolute",
       "December-quarter => 2023-Q4 DATE anchor=publication"]),
    .init("Sales will rise in the September quarter.", "2024-06-05", ["the September quarter => 2024-Q3 DATE anchor=publication"]),
    // Results come after the quarter: in a future clause it may have ended up to two months back.
    .init("Apple will report results for the December quarter on Jan. 27.", "2022-01-03",
      ["the December quarter => 2021-Q4 DATE anchor=publication", "Jan. 27 => 2022-01-27 DATE anchor=publication"]),
    // Only a quarter's last month names it.
    .init("The April quarter is odd.", "2024-06-05", ["April => 2024-04 DATE anchor=publication"]),
  ]

  /// Seasons of sport and the new year, as years (1.21.0).
  static let seasonsAndNewYear: [DateCase] = [
    .init("The Bears, who went 7-10 last season, lost again.", "2024-11-28", ["last season => 2023 DATE anchor=publication"]),
    .init("He has nine goals this season and will stay next season.", "2023-10-23",
      ["this season => 2023", "next season => 2024"]),
    // The final season of something is no year.
    .init("It was the last season of the show.", "2023-10-23", []),
    .init("Rates are the biggest risk heading into the new year.", "2022-12-20", ["the new year => 2023 DATE anchor=publication"]),
    .init("Sales so far in the new year are weak.", "2023-01-12", ["the new year => 2023"]),
    .init("The new year-long plan starts.", "2023-01-12", ["year-long => P1Y DURATION"]),
  ]

  /// Extents and values as written (1.21.0): `early`/`late` before a day, `the` before
  /// `coming`, vague decades, and a passive infinitive looking forward.
  static let extentsAsWritten: [DateCase] = [
    .init("Russia attacked early Thursday; the storm hit late Monday or early Tuesday.", "2022-02-24",
      ["early Thursday => 2022-02-24 DATE mod=START", "late Monday => 2022-02-21 mod=END", "early Tuesday => 2022-02-22 mod=START"]),
    // A day with its part keeps the part's time, without the qualifier.
    .init("Commemorations began early Friday morning.", "2000-01-28", ["Friday morning => 2000-01-28TMO TIME"]),
    .init("The toll may rise in the coming days after gains in recent weeks.", "2022-04-26",
      ["the coming days => PXD DURATION", "recent weeks => PXW DURATION"]),
    .init("The square was empty for the first time in decades.", "2022-04-26", ["decades => PXDE DURATION"]),
    .init("Putin backed referendums to be held on Friday.", "2022-09-21", ["Friday => 2022-09-23"]),
  ]

  static let all: [DateCase] =
    absolute + weekdays + deictic + relativeUnits + offsets + durations + references + sets + times + holidays
    + notDates + unresolved + monthsWithoutYear + anchoring + durationForms + conventions + wordSenses + newsForms + wireNews2020s
    + fromDuckling + compoundDurations + dayArithmetic + independentNews + fixturesAndSets + durationRanges + timesAndQuarters
    + seasonsAndNewYear + extentsAsWritten
}
