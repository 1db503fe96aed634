# source: je-suis-tm/quant-trading VIX Calculator.py 611b73f2c3f577ac5b28aaa19ac8c43d3236c7a5
# changes: dropped imports: import dateutil; import os | removed code needing dropped imports: statement l.19, get_settlement_day, get_time_to_expiration, vix_calculator, main, statement l.414

# coding: utf-8

# In[1]:


#check cboe white paper on the details of computation
# http://www.cboe.com/micro/vix/vixwhite.pdf
#check this awesome article on the connection between vix and variance swap
# https://berentlunde.netlify.app/post/the-fear-index-vix-and-variance-swaps
#check this paper on the variance swap
# https://www.researchgate.net/publication/246869706_More_Than_You_Ever_Wanted_to_Know_About_Volatility_Swaps
import pandas as pd
import datetime as dt
import decimal
import numpy as np


# In[2]:


#fill weekend and holiday missing cmt rate
def cmt_rate_fill_date(cmt_rate):

    #get missing date as well
    complete_date=pd.date_range(cmt_rate['Date'].min(),cmt_rate['Date'].max())

    #reindex to fill missing date
    cmt_rate=cmt_rate.pivot(index='Date',columns='maturity',values='value')
    cmt_rate=cmt_rate.reindex(complete_date)

    #cleanse
    cmt_rate.index.name='Date'
    cmt_rate.reset_index(inplace=True)

    #ffill
    cmt_rate.fillna(method='ffill',inplace=True)

    #revert to the original form
    cmt_rate=cmt_rate.melt(id_vars='Date',value_vars=['1 Mo', '1 Yr', '10 Yr', '2 Mo', '2 Yr', '20 Yr', '3 Mo',
           '3 Yr', '30 Yr', '5 Yr', '6 Mo', '7 Yr'])
    
    return cmt_rate


# In[3]:


#get settlement day in datetime format
#you can scrape the following website of cme instead
# f'https://www.cmegroup.com/CmeWS/mvc/ProductCalendar/Options/{futures_id}?optionTypeFilter=&optionTypeFilter='
#however it has some conflicts with cme globex s own holiday calendar
# https://www.cmegroup.com/tools-information/holiday-calendar.html


# In[4]:


#get time to expiration
#instead of current day+settlement day+other days
#we can directly use timedelta to obtain the result in minutes
#no need to skip any holidays in this calculation


# In[5]:


#get forward level and strike price no larger than forward
def get_forward_strike(options,
                       interest_rate,
                       time_to_expiration):

    #cleanse
    options=options.sort_values('options-strikePrice')
    find_forward=options.pivot(index='options-strikePrice',
                         columns='options-optiontype',
                        values='options-priorSettle')

    #find the forward level with the least put call disparity
    min_diff_ind=(find_forward['call']-find_forward['put']).apply(abs).idxmin()
    min_diff=float(decimal.Decimal(find_forward['call'][min_diff_ind].astype(str))-decimal.Decimal(find_forward['put'][min_diff_ind].astype(str)))
    forward=min_diff_ind+np.e**(interest_rate*time_to_expiration)*(min_diff)

    #find the strike price no larger than forward level
    strike=find_forward.index[find_forward.index<=forward][-1]
    
    return forward,strike


# In[6]:


#select out of money call options
#with zero prior settle exclusion
def get_options_call_inclusion(options,strike):

    options_call=options[options['options-optiontype']=='call']

    #select outta money options
    #cuz they are usually more liquid
    options_call_otm=options_call[options_call['options-strikePrice']>strike]

    #sort by strike price
    options_call_otm=options_call_otm.sort_values('options-strikePrice')
    options_call_otm.reset_index(inplace=True,drop=True)

    #find all zero prior settle options
    options_call_otm_zeros=options_call_otm[options_call_otm['options-priorSettle']==0]
    options_call_otm_zeros.reset_index(inplace=True)

    #as we dont have bid and ask
    #we use prior settle instead
    #once options with consecutive strike prices have zero prior settle
    #any further out of money options would be excluded
    if options_call_otm_zeros[options_call_otm_zeros['index'].diff()==1].empty:
        ind=len(options_call_otm)
    else:
        ind=options_call_otm_zeros['index'][options_call_otm_zeros['index'].diff()==1].iloc[0]

    #exclude all zero prior settle options
    options_call_inclusion=options_call_otm[options_call_otm['options-priorSettle']!=0][:ind]

    #cleanse
    options_call_inclusion.reset_index(inplace=True,drop=True)
    
    return options_call_inclusion


# In[7]:


#select out of money put options
#with zero prior settle exclusion
def get_options_put_inclusion(options,strike):

    options_put=options[options['options-optiontype']=='put']

    #select outta money options
    #cuz they are usually more liquid
    options_put_otm=options_put[options_put['options-strikePrice']<strike]

    #sort by strike price
    options_put_otm=options_put_otm.sort_values('options-strikePrice',
                                                ascending=False)
    options_put_otm.reset_index(inplace=True,drop=True)

    #find all zero prior settle options
    options_put_otm_zeros=options_put_otm[options_put_otm['options-priorSettle']==0]
    options_put_otm_zeros.reset_index(inplace=True)

    #as we dont have bid and ask
    #we use prior settle instead
    #once options with consecutive strike prices have zero prior settle
    #any further out of money options would be excluded
    if options_put_otm_zeros[options_put_otm_zeros['index'].diff()==1].empty:
        ind=len(options_put_otm)
    else:
        ind=options_put_otm_zeros['index'][options_put_otm_zeros['index'].diff()==1].iloc[0]

    #exclude all zero prior settle options
    options_put_inclusion=options_put_otm[options_put_otm['options-priorSettle']!=0][:ind]

    #cleanse
    options_put_inclusion.reset_index(inplace=True,drop=True)
    
    return options_put_inclusion


# In[8]:


#compute sigma based upon variance swap formula
def compute_sigma(forward,strike,
                  options_call_inclusion,
                  options_put_inclusion,
                  interest_rate,time_to_expiration):

    contributions=0.0
    for i in [options_call_inclusion,
              options_put_inclusion]:
        for j in i.index:
            
            #interval between strike prices
            if j-1<0:
                delta=abs(i['options-strikePrice'][j]-i['options-strikePrice'][j+1])
            elif j+1==len(i):
                delta=abs(i['options-strikePrice'][j]-i['options-strikePrice'][j-1])
            else:
                delta=abs(i['options-strikePrice'][j-1]-i['options-strikePrice'][j+1])/2

            contributions+=i['options-priorSettle'][j]*np.exp(interest_rate*time_to_expiration)*delta/(i['options-strikePrice'][j])**2

    #replace bid ask spread midpoint with prior settle
    sigma=contributions*2/time_to_expiration-((forward/strike-1)**2)/time_to_expiration
    
    return sigma


# In[9]:


#weighted avg of vix
def compute_vix(time_to_expiration_front,
                time_to_expiration_rear,
                sigma_front,sigma_rear,
                num_of_mins_timeframe,
                num_of_mins_year):

    sum1=time_to_expiration_front*sigma_front*(time_to_expiration_rear*num_of_mins_year-num_of_mins_timeframe)/(time_to_expiration_rear*num_of_mins_year-time_to_expiration_front*num_of_mins_year)
    sum2=time_to_expiration_rear*sigma_rear*(num_of_mins_timeframe-time_to_expiration_front*num_of_mins_year)/(time_to_expiration_rear*num_of_mins_year-time_to_expiration_front*num_of_mins_year)
    vix=((sum1+sum2)*num_of_mins_year/num_of_mins_timeframe)**0.5*100
    
    return vix


# In[10]:


#aggregate all functions into one


# In[11]:


#compute 3 month ahead vix for henry hub european options


# In[12]:



